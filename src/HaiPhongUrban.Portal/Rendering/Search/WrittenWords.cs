using System.Runtime.CompilerServices;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Each word as written in the entries (every spelling once: "Đô", "đô", "ĐÔ"), with a number the caller
/// gives it: an open-addressing table looked up with the text's own characters and a hash taken while the
/// word was found, so the millions of words of a large site are neither copied nor hashed twice.
/// </summary>
internal sealed class WrittenWords
{
    /// <summary>
    /// Where the hash <see cref="NumberOf"/> and <see cref="Add"/> take starts: FNV-1a over the word's UTF-16 units,
    /// each added with <see cref="Hash"/> as the word is read.
    /// </summary>
    public const uint EmptyHash = 0x811c9dc5u;

    private readonly List<string> words = [];

    private readonly List<int> numbers = [];

    /// <summary>Each slot a word's hash and its index in <see cref="words"/> plus one; 0 for an empty slot. Never more than half full.</summary>
    private (uint Hash, int Index)[] slots = new (uint, int)[1 << 10];

    /// <summary>64 less the bits of a slot's index: a word's slot is the top bits of its mixed hash.</summary>
    private int shift = 64 - 10;

    /// <summary>The hash of a word so far with one more unit.</summary>
    public static uint Hash(uint hash, char c) => unchecked((hash ^ c) * 16777619u);

    /// <summary>The number given to <paramref name="word"/>, or -1 when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int NumberOf(ReadOnlySpan<char> word, uint hash)
    {
        var mask = slots.Length - 1;
        for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
        {
            var (slotHash, index) = slots[slot];
            if (index == 0)
            {
                return -1;
            }

            if (slotHash == hash && word.SequenceEqual(words[index - 1]))
            {
                return numbers[index - 1];
            }
        }
    }

    /// <summary>Adds a word not yet in the table (<see cref="NumberOf"/> said -1) with its number.</summary>
    public void Add(string word, uint hash, int number)
    {
        words.Add(word);
        numbers.Add(number);
        Place(hash, words.Count);
        if (words.Count * 2 > slots.Length)
        {
            var hashes = slots.Where(s => s.Index != 0).ToList();
            slots = new (uint, int)[slots.Length * 2];
            shift--;
            foreach (var (h, index) in hashes)
            {
                Place(h, index);
            }
        }
    }

    private void Place(uint hash, int index)
    {
        var mask = slots.Length - 1;
        var slot = Slot(hash);
        while (slots[slot].Index != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = (hash, index);
    }

    /// <summary>Fibonacci hashing of the FNV hash, whose low bits alone are poorly spread for short words.</summary>
    private int Slot(uint hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);
}
