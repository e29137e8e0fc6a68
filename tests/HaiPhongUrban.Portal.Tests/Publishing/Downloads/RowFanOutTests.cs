using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class RowFanOutTests
{
    // More rows than the queues hold, so a reader that waited on a stopped consumer would hang the test.
    private static readonly int Many = RowFanOut.BatchRows * (RowFanOut.QueuedBatches + 4) + 7;

    private static IEnumerable<TableRow> Rows(int count) =>
        Enumerable.Range(1, count).Select(i => new TableRow(i + 1, [i.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(RowFanOut.BatchRows)]
    [InlineData(RowFanOut.BatchRows + 1)]
    public void Every_consumer_gets_every_row_in_order_from_one_read(int count) => AllGetAll(count);

    [Fact]
    public void Every_consumer_of_a_long_table_gets_every_row_in_order_from_one_read() => AllGetAll(Many);

    private static void AllGetAll(int count)
    {
        var seen = new List<int>[3];
        RowFanOut.Run(
            new OnePassRows(Rows(count)),
            Enumerable.Range(0, seen.Length).Select(i => (Action<IEnumerable<TableRow>>)(rows => seen[i] = rows.Select(r => r.Line).ToList())).ToList());

        var expected = Enumerable.Range(2, count).ToList();
        Assert.All(seen, lines => Assert.Equal(expected, lines));
    }

    [Fact]
    public void A_failing_consumer_stops_the_read_and_its_exception_comes_out_as_it_was()
    {
        var read = 0;
        IEnumerable<TableRow> Counted()
        {
            foreach (var row in Rows(Many * 10))
            {
                read++;
                yield return row;
            }
        }

        var ex = Assert.Throws<IOException>(() => RowFanOut.Run(Counted(), [
            rows => rows.Count(),
            rows =>
            {
                _ = rows.Take(10).Count();
                throw new IOException("disk full");
            },
        ]));

        Assert.Equal("disk full", ex.Message);
        Assert.True(read < Many * 10, $"read {read} rows of {Many * 10}");
    }

    [Fact]
    public void A_consumer_that_stops_early_does_not_hold_up_the_others()
    {
        var counted = 0;
        RowFanOut.Run(Rows(Many), [rows => _ = rows.Take(3).Count(), rows => counted = rows.Count()]);
        Assert.Equal(Many, counted);
    }

    [Fact]
    public void A_failing_read_stops_the_consumers_and_comes_out_as_it_was()
    {
        IEnumerable<TableRow> Broken()
        {
            foreach (var row in Rows(Many))
            {
                yield return row;
            }

            throw new InvalidDataException("bad byte");
        }

        var ex = Assert.Throws<InvalidDataException>(() => RowFanOut.Run(Broken(), [rows => rows.Count(), rows => rows.Count()]));
        Assert.Equal("bad byte", ex.Message);
    }
}
