using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Model;

/// <summary>The Conclusion as modelled: its full text (with its editorial layer joined to each paragraph) and the editorial trace links.</summary>
public sealed record ConclusionPart(OfficialText Text, IReadOnlyList<TraceLink> TraceLinks, string TraceLinksPath);

/// <summary>How other sections read the Conclusion's part of the site.</summary>
public static class ConclusionSite
{
    extension(Site site)
    {
        /// <summary>The Conclusion's wording in its structure.</summary>
        public FullText Conclusion => site.Get<ConclusionPart>().Text.Text;

        public OfficialText ConclusionText => site.Get<ConclusionPart>().Text;

        public IReadOnlyList<TraceLink> TraceLinks => site.Get<ConclusionPart>().TraceLinks;

        /// <summary>ket-luan.yml, where problems found on the Conclusion's pages are reported.</summary>
        public string ConclusionSourcePath => site.Get<ConclusionPart>().Text.SourcePath;
    }
}
