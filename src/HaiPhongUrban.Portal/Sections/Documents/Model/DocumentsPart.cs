using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>The registry of documents as modelled, in the order of <c>van-ban.yml</c>, and that file.</summary>
public sealed record DocumentsPart(IReadOnlyList<RelatedDocument> Documents, string SourcePath);

/// <summary>How other sections read the Documents section's parts of the site.</summary>
public static class DocumentsSite
{
    extension(Site site)
    {
        public IReadOnlyList<RelatedDocument> Documents => site.Get<DocumentsPart>().Documents;

        /// <summary>Every full text, the Conclusion's included, once the sections that have one are modelled.</summary>
        public OfficialTexts OfficialTexts => site.Find<OfficialTexts>() ?? OfficialTexts.None;
    }
}
