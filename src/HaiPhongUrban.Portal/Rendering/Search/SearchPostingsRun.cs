using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// One run of entries read for <see cref="SearchPostings"/>, in its own numbering of words and pairs (joined
/// to the other runs' by their folded form): the entries holding each word in each field (key: the word's
/// number times 3 plus the field's) and each pair.
/// </summary>
internal sealed class SearchPostingsRun
{
    /// <summary>Each word as written, to its folded form's number: a word is copied and folded only the first time.</summary>
    private readonly WrittenWords asWritten = new();

    private readonly Dictionary<string, int> numberOf = new(StringComparer.Ordinal);

    /// <summary>The numbers of the words of the field being read, in order.</summary>
    private int[] fieldWords = new int[256];

    private SearchPostingsRun(int start) => Start = start;

    /// <summary>The first entry's id.</summary>
    public int Start { get; }

    /// <summary>The folded words, by number.</summary>
    public List<string> Words { get; } = [];

    public EntryNotes WordsByField { get; } = new();

    public PairNumbers Pairs { get; } = new();

    public EntryNotes PairEntries { get; } = new();

    public static SearchPostingsRun Of(IReadOnlyList<SearchEntry> entries, int start, int end)
    {
        var run = new SearchPostingsRun(start);
        for (var id = start; id < end; id++)
        {
            run.Read(entries[id].Title, 0, id - start);
            run.Read(entries[id].Heading, 1, id - start);
            run.Read(entries[id].Text, 2, id - start);
            run.WordsByField.EndEntry();
            run.PairEntries.EndEntry();
        }

        return run;
    }

    // Fully optimised from the first call: it runs millions of times within one stage, before tiered compilation
    // would have replaced the precompiled code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Read(string text, int field, int entry)
    {
        var count = 0;
        var at = 0;
        while (true)
        {
            // The next word: SearchFolding.NextWord's run of letters, digits and marks, hashed as it is read.
            while (at < text.Length && !SearchFolding.IsWordUnit(text[at]))
            {
                at++;
            }

            if (at == text.Length)
            {
                break;
            }

            var start = at;
            var hash = WrittenWords.EmptyHash;
            while (at < text.Length && SearchFolding.IsWordUnit(text[at]))
            {
                hash = WrittenWords.Hash(hash, text[at]);
                at++;
            }

            var written = text.AsSpan(start, at - start);
            var word = asWritten.NumberOf(written, hash);
            if (word < 0)
            {
                word = Number(SearchFolding.Fold(written.ToString()));
                asWritten.Add(written.ToString(), hash, word);
            }

            if (count == fieldWords.Length)
            {
                Array.Resize(ref fieldWords, count * 2);
            }

            fieldWords[count++] = word;
        }

        // The field's words noted once all are known: each loop is short, and its lookups, scattered in memory,
        // independent of one another, so the processor reads several at once.
        for (var i = 0; i < count; i++)
        {
            WordsByField.Note((fieldWords[i] * 3) + field, entry);
        }

        for (var i = 1; i < count; i++)
        {
            var (pair, added) = Pairs.NumberOf(fieldWords[i - 1], fieldWords[i]);
            if (added)
            {
                PairEntries.Grow(Pairs.Count);
            }

            // Once an entry: a pair met again in it, in the same field or another, is noted once.
            PairEntries.Note(pair, entry);
        }
    }

    private int Number(string folded)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numberOf, folded, out var known);
        if (!known)
        {
            number = Words.Count;
            Words.Add(folded);
            WordsByField.Grow(Words.Count * 3);
        }

        return number;
    }
}
