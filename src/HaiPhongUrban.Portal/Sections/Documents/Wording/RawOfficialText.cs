using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// The files of one full text as loaded, before validation: the wording, its errata and page-break
/// joins (<c>dinh-chinh.yml</c>) and the transcription it was checked against (<c>nguon/*.md</c>). A file
/// that failed to load is null or empty here, and said why.
/// </summary>
public sealed record RawOfficialText(
    string Key,
    string Folder,
    RawFullText? Text,
    IReadOnlyList<RawCorrection> Corrections,
    IReadOnlyList<RawJoin> Joins,
    SourceTranscription? Source);
