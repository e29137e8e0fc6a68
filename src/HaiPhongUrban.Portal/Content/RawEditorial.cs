using HaiPhongUrban.Portal.Diagnostics;
using HaiPhongUrban.Portal.Loading;

namespace HaiPhongUrban.Portal.Content;

/// <summary>Editorial metadata for one paragraph (<c>ket-luan/bien-tap.yml</c>): never part of the wording.</summary>
public sealed record RawEditorialEntry(
    Located<string> ParagraphId,
    Located<string>? ShortTitle,
    IReadOnlyList<Located<string>> Themes,
    IReadOnlyList<Located<string>> Cites);

/// <summary>One entry of the theme vocabulary (<c>chu-de.yml</c>).</summary>
public sealed record RawTopic(Located<string> Id, string Name);

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

/// <summary>A document the Conclusion names (<c>van-ban.yml</c>); empty strings where the text says nothing.</summary>
public sealed record RawDocument(
    Located<string> Slug,
    Located<string> Type,
    string Number,
    DateOnly? Date,
    string Issuer,
    string Title,
    Located<string> Relation,
    string Note);
