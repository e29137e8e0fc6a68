using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// The Conclusion as read from <c>ket-luan/ket-luan.yml</c>: official wording and structure only,
/// not yet checked. Numbers such as "(1)" are not stored: they follow from position and numbering.
/// </summary>
public sealed record RawFullText(
    string FilePath,
    IReadOnlyList<string> TitleLines,
    RawFacts Facts,
    RawParagraph Opening,
    IReadOnlyList<RawSection> Sections,
    RawRecipients Recipients,
    RawParagraph Signature);

/// <summary>What the text says about itself: who adopted it, when, who signed.</summary>
public sealed record RawFacts(string Issuer, DateOnly? MeetingDate, string Signer);

/// <summary>One paragraph (or list entry) of official wording with its stable id.</summary>
public sealed record RawParagraph(string Id, string Text, SourceLocation IdLocation, SourceLocation TextLocation);

/// <summary>
/// A heading with what stands under it: intro paragraphs, numbered items, sub-sections.
/// <see cref="Kind"/> says what its items are (result, limitation…) and so whether they get pages.
/// </summary>
public sealed record RawSection(
    string Id,
    string Number,
    string Heading,
    Located<string>? Kind,
    Located<string>? Numbering,
    IReadOnlyList<RawParagraph> Intro,
    IReadOnlyList<RawParagraph> Items,
    IReadOnlyList<RawSection> Sections,
    SourceLocation IdLocation);

/// <summary>The list of recipients (Nơi nhận) at the end of the text.</summary>
public sealed record RawRecipients(string Id, string Heading, IReadOnlyList<RawParagraph> Items, SourceLocation IdLocation);
