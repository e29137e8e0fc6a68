using System.Runtime.InteropServices;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// What the postings files list: for each folded word, the entries holding it in the title, the heading and
/// the text; for each pair of words side by side in a field, the entries holding it. Every list is ascending,
/// each entry once.
/// </summary>
/// <remarks>
/// A 10,000-page site has 4.4 million words in its entries but only 11,000 folded words and 78,000 pairs, so
/// the cost is in what is done per word. Words are numbered as they are first met, looked up with the text's
/// own characters (a word is copied and folded the first time only); a pair is two numbers, numbered in turn;
/// and a pair's entries are not grown list by list (78,000 lists, each copied as it grows and again by the
/// collector) but noted one after the other as met and sorted into one array at the end. A folded copy of
/// every word and a joined string with a list for every pair made this stage 5 s of a 10.5 s build.
/// </remarks>
/// <param name="Words">Every folded word once.</param>
/// <param name="ByField">For each of <see cref="Words"/>, the entries holding it in the title, the heading and the text.</param>
/// <param name="Pairs">Each pair of words side by side, as numbers in <see cref="Words"/>, and the entries holding it.</param>
internal sealed record SearchPostings(
    IReadOnlyList<string> Words,
    IReadOnlyList<ReadOnlyMemory<int>[]> ByField,
    IReadOnlyList<(int First, int Second, ReadOnlyMemory<int> Entries)> Pairs)
{
    /// <summary>Below this many entries a second thread costs more than it saves.</summary>
    private const int EntriesPerThread = 1024;

    public static SearchPostings Of(IReadOnlyList<SearchEntry> entries) =>
        Of(entries, Math.Clamp(entries.Count / EntriesPerThread, 1, Environment.ProcessorCount));

    /// <summary>The postings read in <paramref name="threads"/> runs side by side (tests give more than the machine has cores).</summary>
    public static SearchPostings Of(IReadOnlyList<SearchEntry> entries, int threads)
    {
        // Runs of entries read side by side, then joined in order: each run's ids are above the one before's,
        // so a key's entries stay ascending when the next run's are put after them.
        var runs = Runs(entries, threads);
        var read = new SearchPostingsRun[runs.Count];
        Parallel.For(0, runs.Count, r => read[r] = SearchPostingsRun.Of(entries, runs[r].Start, runs[r].End));
        return Join(read);
    }

    /// <summary>Runs of about the same number of characters, so that each thread has as much to read.</summary>
    private static List<(int Start, int End)> Runs(IReadOnlyList<SearchEntry> entries, int count)
    {
        var total = entries.Sum(e => (long)e.Title.Length + e.Heading.Length + e.Text.Length);
        var runs = new List<(int Start, int End)>();
        var (start, read) = (0, 0L);
        for (var id = 0; id < entries.Count; id++)
        {
            read += entries[id].Title.Length + entries[id].Heading.Length + entries[id].Text.Length;
            if (runs.Count < count - 1 && read * count >= total * (runs.Count + 1))
            {
                runs.Add((start, id + 1));
                start = id + 1;
            }
        }

        runs.Add((start, entries.Count));
        return runs;
    }

    private static SearchPostings Join(IReadOnlyList<SearchPostingsRun> runs)
    {
        // Every run's words and pairs in one numbering, the first run's first.
        var words = new List<string>();
        var numberOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new PairNumbers();
        var joinedWordKey = new int[runs.Count][];
        var joinedPair = new int[runs.Count][];
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var number = new int[run.Words.Count];
            joinedWordKey[r] = new int[run.Words.Count * 3];
            for (var word = 0; word < run.Words.Count; word++)
            {
                ref var joined = ref CollectionsMarshal.GetValueRefOrAddDefault(numberOf, run.Words[word], out var known);
                if (!known)
                {
                    joined = words.Count;
                    words.Add(run.Words[word]);
                }

                number[word] = joined;
                for (var field = 0; field < 3; field++)
                {
                    joinedWordKey[r][(word * 3) + field] = (joined * 3) + field;
                }
            }

            joinedPair[r] = new int[run.Pairs.Count];
            for (var pair = 0; pair < run.Pairs.Count; pair++)
            {
                var (first, second) = run.Pairs.Words(pair);
                joinedPair[r][pair] = pairs.NumberOf(number[first], number[second]).Number;
            }
        }

        // The words' entries and the pairs' are gathered side by side: each writes its own array.
        (int[] All, int[] Starts) byField = default, byPair = default;
        Parallel.Invoke(
            () => byField = Gather(runs, r => r.WordsByField, joinedWordKey, words.Count * 3),
            () => byPair = Gather(runs, r => r.PairEntries, joinedPair, pairs.Count));
        return new SearchPostings(
            words,
            Enumerable.Range(0, words.Count).Select(w => new ReadOnlyMemory<int>[]
            {
                Slice(byField, w * 3), Slice(byField, (w * 3) + 1), Slice(byField, (w * 3) + 2),
            }).ToList(),
            Enumerable.Range(0, pairs.Count).Select(p =>
            {
                var (first, second) = pairs.Words(p);
                return (first, second, Slice(byPair, p));
            }).ToList());
    }

    /// <summary>
    /// Each key's entries in one array, key after key (where each key's begin: the second array), every run's
    /// in order: a run's entries come after the one before's, so each key's stay ascending.
    /// </summary>
    private static (int[] All, int[] Starts) Gather(IReadOnlyList<SearchPostingsRun> runs, Func<SearchPostingsRun, EntryNotes> notesOf, int[][] joinedKey, int keys)
    {
        var starts = new int[keys + 1];
        for (var r = 0; r < runs.Count; r++)
        {
            var notes = notesOf(runs[r]);
            for (var key = 0; key < notes.Keys; key++)
            {
                starts[joinedKey[r][key] + 1] += notes.Count(key);
            }
        }

        for (var key = 0; key < keys; key++)
        {
            starts[key + 1] += starts[key];
        }

        var next = starts[..^1];
        // Every slot is written once below (each key gets as many entries as were counted), so none is cleared first.
        var all = GC.AllocateUninitializedArray<int>(starts[^1]);
        for (var r = 0; r < runs.Count; r++)
        {
            notesOf(runs[r]).Scatter(runs[r].Start, joinedKey[r], all, next);
        }

        return (all, starts);
    }

    private static ReadOnlyMemory<int> Slice((int[] All, int[] Starts) gathered, int key) =>
        new(gathered.All, gathered.Starts[key], gathered.Starts[key + 1] - gathered.Starts[key]);
}
