using System.Runtime.CompilerServices;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Numbers for pairs of word numbers, in the order first met: an open-addressing table over one array, as the
/// pairs of a large site are looked up millions of times (a dictionary of longs hashes a pair as its halves
/// XORed, the same for many pairs of small numbers, and reads two arrays a lookup).
/// </summary>
internal sealed class PairNumbers
{
    private readonly List<long> keys = [];

    /// <summary>Each slot a pair's key and its number plus one; 0 for an empty slot. Never more than three quarters full.</summary>
    private (long Key, int Number)[] slots = new (long, int)[1 << 10];

    /// <summary>64 less the bits of a slot's index: a key's slot is the top bits of its hash.</summary>
    private int shift = 64 - 10;

    public int Count => keys.Count;

    /// <summary>The two word numbers of a pair.</summary>
    public (int First, int Second) Words(int number) => ((int)(keys[number] >> 32), (int)keys[number]);

    /// <summary>The pair's number, and whether it was met now for the first time.</summary>
    // Fully optimised from the first call, as it runs millions of times within one stage (see SearchPostingsRun.Read).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Number, bool Added) NumberOf(int first, int second)
    {
        var key = ((long)first << 32) | (uint)second;
        var mask = slots.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            if (slots[slot].Number == 0)
            {
                slots[slot] = (key, keys.Count + 1);
                keys.Add(key);
                if (keys.Count * 4 > slots.Length * 3)
                {
                    Grow();
                }

                return (keys.Count - 1, true);
            }

            if (slots[slot].Key == key)
            {
                return (slots[slot].Number - 1, false);
            }
        }
    }

    /// <summary>Fibonacci hashing: the top bits of the key times 2^64 / φ, which spreads keys differing in few bits.</summary>
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        slots = new (long, int)[slots.Length * 2];
        shift--;
        var mask = slots.Length - 1;
        for (var number = 0; number < keys.Count; number++)
        {
            var slot = Slot(keys[number]);
            while (slots[slot].Number != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (keys[number], number + 1);
        }
    }
}
