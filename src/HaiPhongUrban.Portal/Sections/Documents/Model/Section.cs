namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>A numbered heading of the text (I., 1., 2.…) with what stands under it. Level 1 is I/II/III.</summary>
public sealed record Section(
    string Id,
    string Number,
    string Heading,
    int Level,
    ItemKind? Kind,
    NumberingStyle Numbering,
    IReadOnlyList<Paragraph> Intro,
    IReadOnlyList<NumberedItem> Items,
    IReadOnlyList<Section> Sections)
{
    /// <summary>The heading as printed: its number, a full stop, the words ("I. KẾT QUẢ…").</summary>
    public string NumberedHeading => $"{Number}. {Heading}";

    public IEnumerable<NumberedItem> AllItems() => Items.Concat(Sections.SelectMany(s => s.AllItems()));

    public IEnumerable<Paragraph> AllParagraphs() =>
        Intro.Concat(Items.Select(i => i.Paragraph)).Concat(Sections.SelectMany(s => s.AllParagraphs()));
}
