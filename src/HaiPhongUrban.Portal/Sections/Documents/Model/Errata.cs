namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>A word corrected from the transcription, listed on the about page.</summary>
public sealed record Correction(string Id, string ParagraphId, string Printed, string Corrected, string Reason);

/// <summary>A paragraph that a page break split in the transcription, joined between two words.</summary>
public sealed record PageBreakJoin(string ParagraphId, string Before, string After);
