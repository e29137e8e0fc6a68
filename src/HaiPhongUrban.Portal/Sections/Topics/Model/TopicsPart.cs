using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Topics.Content;

namespace HaiPhongUrban.Portal.Sections.Topics.Model;

/// <summary>The theme vocabulary as modelled, in the order of <c>chu-de.yml</c>.</summary>
public sealed record TopicsPart(IReadOnlyList<Topic> Topics);

/// <summary>How other sections read the vocabulary.</summary>
public static class TopicsSite
{
    extension(Site site)
    {
        public IReadOnlyList<Topic> Topics => site.Get<TopicsPart>().Topics;
    }
}
