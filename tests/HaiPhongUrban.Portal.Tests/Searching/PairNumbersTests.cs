using HaiPhongUrban.Portal.Rendering.Search;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed class PairNumbersTests
{
    [Fact]
    public void Pairs_are_numbered_in_the_order_first_met_and_keep_their_number_as_the_table_grows()
    {
        var pairs = new PairNumbers();
        var met = Enumerable.Range(0, 300).SelectMany(a => new[] { (a, 0), (0, a), (a, a ^ 5), (a, 7) }).Distinct().ToList();

        var first = met.Select(p => pairs.NumberOf(p.Item1, p.Item2)).ToList();
        var again = met.Select(p => pairs.NumberOf(p.Item1, p.Item2)).ToList();

        Assert.Equal(Enumerable.Range(0, met.Count).Select(n => (n, true)), first);
        Assert.Equal(Enumerable.Range(0, met.Count).Select(n => (n, false)), again);
        Assert.Equal(met, Enumerable.Range(0, pairs.Count).Select(pairs.Words));
        Assert.NotEqual(pairs.NumberOf(1, 2).Number, pairs.NumberOf(2, 1).Number);
    }
}
