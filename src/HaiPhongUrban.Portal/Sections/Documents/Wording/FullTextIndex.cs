
namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>The raw Conclusion's paragraphs by id, and which of them get pages: what cross-reference checks look up.</summary>
public sealed class FullTextIndex
{
    public FullTextIndex(RawFullText? conclusion)
    {
        if (conclusion is null)
        {
            return;
        }

        Add(conclusion.Opening, hasPage: false);
        foreach (var section in conclusion.Sections)
        {
            AddSection(section);
        }

        foreach (var recipient in conclusion.Recipients.Items)
        {
            Add(recipient, hasPage: false);
        }

        Add(conclusion.Signature, hasPage: false);
    }

    public Dictionary<string, RawParagraph> Paragraphs { get; } = new(StringComparer.Ordinal);

    public HashSet<string> WithPages { get; } = new(StringComparer.Ordinal);

    /// <summary>The kind (as written in ket-luan.yml: result, limitation…) of each item that has one, in text order.</summary>
    public Dictionary<string, string> KindOf { get; } = new(StringComparer.Ordinal);

    private void AddSection(RawSection section)
    {
        foreach (var paragraph in section.Intro)
        {
            Add(paragraph, hasPage: false);
        }

        foreach (var item in section.Items)
        {
            Add(item, hasPage: section.Kind is not null);
            if (section.Kind is { } kind && item.Id.Length > 0)
            {
                KindOf.TryAdd(item.Id, kind.Value);
            }
        }

        foreach (var child in section.Sections)
        {
            AddSection(child);
        }
    }

    private void Add(RawParagraph paragraph, bool hasPage)
    {
        // A duplicate id is reported by ValidateFullText; the first one wins here.
        if (paragraph.Id.Length > 0 && Paragraphs.TryAdd(paragraph.Id, paragraph) && hasPage)
        {
            WithPages.Add(paragraph.Id);
        }
    }
}
