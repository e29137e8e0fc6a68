using HaiPhongUrban.Portal.Sections.Topics.Content;
using HaiPhongUrban.Portal.Sections.Topics.Loading;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Topics;

/// <summary>
/// The theme vocabulary (<c>content/chu-de.yml</c>) that the Conclusion's items and the datasets are
/// filed under. It has no page of its own: the catalogue's theme pages are the Datasets section's.
/// </summary>
public sealed class TopicsSection : ISection
{
    public const string File = "chu-de.yml";

    public SectionClaims Claims { get; } = new("topics", [], [], [], [], [], [], []);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics) =>
        content.With(new RawTopics(LoadTopics.Load(ContentFiles.PathOf(content.ContentDirectory, File), diagnostics)));

    public void Validate(ValidateContext context)
    {
        var ids = new UniqueIds(context.Diagnostics);
        foreach (var topic in context.Content.Topics)
        {
            ids.Add(topic.Id.Value, topic.Id.Location);
        }
    }

    public Site Model(RawContent content, Site site) =>
        site.With(new TopicsPart(content.Topics.Select(t => new Topic(t.Id.Value, t.Name)).ToList()));
}
