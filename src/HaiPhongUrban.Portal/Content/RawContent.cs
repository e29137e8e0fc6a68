namespace HaiPhongUrban.Portal.Content;

/// <summary>Everything loaded from <c>content/</c>, before validation. A piece that failed to load is null or missing.</summary>
public sealed record RawContent(
    string ContentDirectory,
    RawSiteSettings? Settings,
    RawConclusion? Conclusion,
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
