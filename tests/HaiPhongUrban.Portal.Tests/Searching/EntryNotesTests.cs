using HaiPhongUrban.Portal.Rendering.Search;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed class EntryNotesTests
{
    [Fact]
    public void Each_key_gets_the_entries_that_hold_it_once_each_in_order()
    {
        var notes = new EntryNotes();
        notes.Grow(2);
        notes.Note(1, 0);
        notes.Note(0, 0);
        notes.Note(1, 0);
        notes.EndEntry();
        notes.EndEntry();
        notes.Grow(3);
        notes.Note(2, 2);
        notes.Note(1, 2);
        notes.EndEntry();

        // Keys 0, 1 and 2 joined as 2, 0 and 1, their entries written after 10 others' (the first entry being 100).
        var all = new int[15];
        var next = new[] { 10, 12, 14 };
        notes.Scatter(100, [2, 0, 1], all, next);

        Assert.Equal((3, 1, 2, 1), (notes.Keys, notes.Count(0), notes.Count(1), notes.Count(2)));
        Assert.Equal([100, 102, 102, 0, 100], all[10..]);
        Assert.Equal([12, 13, 15], next);
    }

    [Fact]
    public void Notes_running_over_several_blocks_and_entries_without_any_are_scattered_to_their_entries()
    {
        // Entry e (of 3 * BlockNotes) holds key e % 3, and every fourth entry holds nothing.
        var entries = 3 * EntryNotes.BlockNotes;
        var notes = new EntryNotes();
        notes.Grow(3);
        for (var entry = 0; entry < entries; entry++)
        {
            if (entry % 4 != 0)
            {
                notes.Note(entry % 3, entry);
            }

            notes.EndEntry();
        }

        var holding = Enumerable.Range(0, entries).Where(e => e % 4 != 0).ToList();
        var all = new int[holding.Count];
        var next = new[] { 0, notes.Count(0), notes.Count(0) + notes.Count(1) };
        notes.Scatter(7, [0, 1, 2], all, next);

        var expected = Enumerable.Range(0, 3).SelectMany(key => holding.Where(e => e % 3 == key).Select(e => e + 7));
        Assert.Equal(expected, all);
    }
}
