using HaiPhongUrban.Portal.Model.Settings;
using HaiPhongUrban.Portal.Rendering.Redirects;
using HaiPhongUrban.Portal.Sections.Conclusion.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Loading;
using HaiPhongUrban.Portal.Sections.Documents.Loading;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Loading;
using HaiPhongUrban.Portal.Sections.Pages.Loading;
using HaiPhongUrban.Portal.Sections.Topics.Loading;
using HaiPhongUrban.Portal.Sections.Updates.Loading;
namespace HaiPhongUrban.Portal.Sections;

/// <summary>Everything loaded from <c>content/</c>, before validation. A piece that failed to load is null or missing.</summary>
public sealed record RawContent(
    string ContentDirectory,
    RawSiteSettings? Settings,
    RawFullText? Conclusion,
    IReadOnlyList<RawEditorialEntry> Editorial,
    IReadOnlyList<RawTraceLink> TraceLinks,
    IReadOnlyList<RawTopic> Topics,
    IReadOnlyList<RawCorrection> Corrections,
    IReadOnlyList<RawJoin> Joins,
    IReadOnlyList<RawDocument> Documents,
    IReadOnlyList<RawPage> Pages,
    IReadOnlyList<RawDataset> Datasets,
    SourceTranscription? Source,
    RawRedirects? Redirects,
    IReadOnlyList<RawUpdate> Updates);
