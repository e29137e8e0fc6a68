using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Tests.Diagnostics;

public sealed class PostponedChecksTests
{
    private sealed class Counted : IPostponedCheck
    {
        public int Runs { get; private set; }

        public void RunAlone() => Runs++;
    }

    [Fact]
    public void A_check_taken_by_a_read_is_not_run_again_and_every_other_runs_once()
    {
        var postponed = new PostponedChecks();
        var taken = new Counted();
        var left = new Counted();
        postponed.Add("/a.csv", taken);
        postponed.Add("/b.csv", left);

        Assert.Same(taken, postponed.Take("/a.csv"));
        Assert.Null(postponed.Take("/a.csv"));
        postponed.RunRemaining();
        postponed.RunRemaining();

        Assert.Equal(0, taken.Runs);
        Assert.Equal(1, left.Runs);
        Assert.Null(postponed.Take("/b.csv"));
    }
}
