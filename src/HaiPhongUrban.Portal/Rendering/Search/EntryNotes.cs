using System.Runtime.InteropServices;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Which entries hold each key (a word in a field, a pair of words), noted entry after entry as they are read
/// and gathered into one array at the end. Each key of a large site is met in thousands of entries: a list
/// per key, grown as it goes, is copied at each growth and again by the collector, and reading the last id of
/// a list scattered in memory for every word read made the index's lists a second of a 10,000-page build.
/// </summary>
internal sealed class EntryNotes
{
    /// <summary>Every key noted, entry after entry, each once an entry; <see cref="ends"/> says where each entry's notes end.</summary>
    private readonly List<int> met = [];

    private readonly List<int> ends = [];

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
            met.Add(key);
        }
    }

    /// <summary>Closes the notes of the entry being read.</summary>
    public void EndEntry() => ends.Add(met.Count);

    /// <summary>
    /// Writes the id of each entry (the first being <paramref name="firstEntry"/>) under each key it holds, as
    /// <paramref name="joinedKey"/> numbers the key, at <paramref name="next"/>'s place for it, moved on.
    /// </summary>
    public void Scatter(int firstEntry, int[] joinedKey, int[] all, int[] next)
    {
        var met = CollectionsMarshal.AsSpan(this.met);
        var from = 0;
        for (var entry = 0; entry < ends.Count; entry++)
        {
            foreach (var key in met[from..ends[entry]])
            {
                all[next[joinedKey[key]]++] = firstEntry + entry;
            }

            from = ends[entry];
        }
    }
}
