namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>The Conclusion, checked and joined with its editorial layer. Immutable; shared by every page.</summary>
public sealed record FullText(
    IReadOnlyList<string> TitleLines,
    FullTextFacts Facts,
    Paragraph Opening,
    IReadOnlyList<Section> Sections,
    Recipients Recipients,
    Paragraph Signature)
{
    /// <summary>Every numbered item, in the order of the text.</summary>
    public IReadOnlyList<NumberedItem> Items { get; } = Sections.SelectMany(s => s.AllItems()).ToList();

    /// <summary>The items that have pages of their own (those under a section with a kind), in text order.</summary>
    public IReadOnlyList<NumberedItem> ItemsWithPages => field ??= Items.Where(i => i.Kind is not null).ToList();

    /// <summary>Every paragraph of official wording, in text order: opening, intros and items, recipients, signature.</summary>
    public IEnumerable<Paragraph> AllParagraphs()
    {
        yield return Opening;
        foreach (var paragraph in Sections.SelectMany(s => s.AllParagraphs()))
        {
            yield return paragraph;
        }

        foreach (var recipient in Recipients.Items)
        {
            yield return recipient;
        }

        yield return Signature;
    }
}

/// <summary>What the text states about itself. It carries no number, so none is given here.</summary>
public sealed record FullTextFacts(string Issuer, DateOnly? MeetingDate, string Signer);

/// <summary>The recipients (Nơi nhận) list.</summary>
public sealed record Recipients(string Id, string Heading, IReadOnlyList<Paragraph> Items);
