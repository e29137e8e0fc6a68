using HaiPhongUrban.Portal.Content;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// The whole typed site: what the render stage reads. Built once, never changed. <see cref="Updates"/>
/// are newest first.
/// </summary>
public sealed record Site(
    SiteSettings Settings,
    Conclusion Conclusion,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<PageBreakJoin> Joins,
    IReadOnlyList<RelatedDocument> Documents,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<Datasets.Dataset> Datasets,
    IReadOnlyList<Following.TraceLink> TraceLinks,
    IReadOnlyList<Following.TrackerUpdate> Tracker,
    SourceTranscription Source,
    string ConclusionSourcePath,
    string DocumentsSourcePath,
    IReadOnlyList<Update> Updates,
    string UpdatesSourcePath);
