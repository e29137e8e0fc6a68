using HaiPhongUrban.Portal.Sections.Topics.Model;
namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// One paragraph of official wording. <see cref="Segments"/> is the same text cut where a corrected
/// word is to be marked: joined, the segments are exactly <see cref="Text"/>.
/// </summary>
public sealed record Paragraph(string Id, string Text, IReadOnlyList<TextSegment> Segments, Editorial Editorial);

/// <summary>A run of wording; <see cref="CorrectionId"/> is set when the run is a word corrected from the OCR.</summary>
public sealed record TextSegment(string Text, string? CorrectionId);

/// <summary>A numbered paragraph: a result, limitation, task group or implementation item.</summary>
public sealed record NumberedItem(Paragraph Paragraph, int Number, string Marker, ItemKind? Kind, string SectionId)
{
    public string Id => Paragraph.Id;

    /// <summary>The number as it reads after a label: "Hạn chế (5)", "Tổ chức thực hiện 2" (no trailing full stop).</summary>
    public string LabelNumber => Marker.TrimEnd('.');
}

/// <summary>What the editors added to a paragraph. Never part of the wording; always labelled as editorial.</summary>
public sealed record Editorial(string? ShortTitle, IReadOnlyList<Topic> Topics, IReadOnlyList<string> CitedDocumentSlugs)
{
    public static readonly Editorial None = new(null, [], []);
}
