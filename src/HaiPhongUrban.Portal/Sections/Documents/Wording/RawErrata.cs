using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>A word the OCR got wrong, corrected in the published wording (<c>ket-luan/dinh-chinh.yml</c>).</summary>
public sealed record RawCorrection(
    Located<string> Id,
    Located<string> ParagraphId,
    string Printed,
    string Corrected,
    int? Occurrence,
    string Reason,
    SourceLocation Location);

/// <summary>A paragraph a page break split in two in the transcription, joined in the published wording.</summary>
public sealed record RawJoin(Located<string> ParagraphId, string Before, string After, SourceLocation Location);
