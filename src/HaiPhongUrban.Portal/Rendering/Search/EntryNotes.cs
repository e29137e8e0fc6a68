using System.Runtime.InteropServices;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Which entries hold each key (a word in a field, a pair of words), noted entry after entry as they are read
/// and gathered into one array at the end. Each key of a large site is met in thousands of entries: a list
/// per key, grown as it goes, is copied at each growth and again by the collector, and reading the last id of
/// a list scattered in memory for every word read made the index's lists a second of a 10,000-page build.
/// The notes themselves are kept in blocks of a fixed size, never copied: one list doubling as it grew was, at
/// 10,000 pages, 2 million pairs' notes a run in a 16 MB array after 16 MB of smaller ones (80 MB of the
/// index's 272 MB allocated).
/// </summary>
internal sealed class EntryNotes
{
    /// <summary>Notes a block holds: a power of two, so a block is large (not moved by the collector) and a note's block a shift away.</summary>
    internal const int BlockNotes = 1 << 16;

    /// <summary>Every key noted, entry after entry, each once an entry, in blocks; <see cref="ends"/> says where each entry's notes end.</summary>
    private readonly List<int[]> blocks = [];

    private readonly List<int> ends = [];

    /// <summary>The block being filled (none yet: an empty one), and how many notes there are in all.</summary>
    private int[] filling = [];

    private int noted;

    /// <summary>For each key, the last entry noted plus one (0: none yet), and how many entries hold it.</summary>
    private int[] last = new int[256];

    private int[] counts = new int[256];

    /// <summary>How many keys there are, numbered from 0.</summary>
    public int Keys { get; private set; }

    public int Count(int key) => counts[key];

    /// <summary>Makes room for keys up to <paramref name="keys"/>, none yet met.</summary>
    public void Grow(int keys)
    {
        if (keys > last.Length)
        {
            var size = Math.Max(keys, last.Length * 2);
            Array.Resize(ref last, size);
            Array.Resize(ref counts, size);
        }

        Keys = Math.Max(Keys, keys);
    }

    /// <summary>Notes that an entry, the one being read, holds a key (again, or for the first time).</summary>
    public void Note(int key, int entry)
    {
        ref var lastEntry = ref last[key];
        if (lastEntry != entry + 1)
        {
            lastEntry = entry + 1;
            counts[key]++;
            var inBlock = noted & (BlockNotes - 1);
            if (inBlock == 0)
            {
                // Every slot is written before it is read, so the block need not be cleared first.
                filling = GC.AllocateUninitializedArray<int>(BlockNotes);
                blocks.Add(filling);
            }

            filling[inBlock] = key;
            noted++;
        }
    }

    /// <summary>Closes the notes of the entry being read.</summary>
    public void EndEntry() => ends.Add(noted);

    /// <summary>
    /// Writes the id of each entry (the first being <paramref name="firstEntry"/>) under each key it holds, as
    /// <paramref name="joinedKey"/> numbers the key, at <paramref name="next"/>'s place for it, moved on.
    /// </summary>
    public void Scatter(int firstEntry, int[] joinedKey, int[] all, int[] next)
    {
        var ends = CollectionsMarshal.AsSpan(this.ends);
        var (entry, note) = (0, 0);
        foreach (var block in blocks)
        {
            foreach (var key in block.AsSpan(0, Math.Min(BlockNotes, noted - note)))
            {
                // Past the entries whose notes end here (some have none).
                while (ends[entry] == note)
                {
                    entry++;
                }

                all[next[joinedKey[key]]++] = firstEntry + entry;
                note++;
            }
        }
    }
}
