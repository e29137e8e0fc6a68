using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Sections.Updates.Model;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// The whole typed site: what the render stage reads. Built once, never changed. <see cref="Updates"/>
/// are newest first.
/// </summary>
public sealed record Site(
    SiteSettings Settings,
    FullText Conclusion,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<PageBreakJoin> Joins,
    IReadOnlyList<RelatedDocument> Documents,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<Dataset> Datasets,
    IReadOnlyList<TraceLink> TraceLinks,
    IReadOnlyList<TrackerUpdate> Tracker,
    SourceTranscription Source,
    string ConclusionSourcePath,
    string DocumentsSourcePath,
    IReadOnlyList<Update> Updates,
    string UpdatesSourcePath);
