using System.Collections.Concurrent;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// One object for each link and each id the rendered pages share, for one build's render: every page carries
/// the menu's, the footer's and the stylesheet's links and the frame's ids, and a string and a
/// <see cref="RenderedLink"/> of each on each of 10,000 pages, all kept for the link check, were a third of the
/// memory the render added. Looked up by the characters of the page itself, so a shared one costs nothing to
/// find. Safe to use from every rendering thread.
/// </summary>
public sealed class SharedAttributes
{
    private readonly ConcurrentDictionary<string, RenderedLink> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);

    /// <summary>The link written as <paramref name="text"/> and followed as it is (the served site's links).</summary>
    public RenderedLink Link(ReadOnlySpan<char> text) => OneOf(_links, text, made => new RenderedLink(made, made));

    /// <summary>The id <paramref name="text"/>, as one string for every page that has it.</summary>
    public string Id(ReadOnlySpan<char> text) => OneOf(_ids, text, made => made);

    /// <summary>The table's value for these characters, made (from them as a string) the first time only.</summary>
    private static T OneOf<T>(ConcurrentDictionary<string, T> table, ReadOnlySpan<char> text, Func<string, T> make)
    {
        if (table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        return table.GetOrAdd(made, make(made));
    }
}
