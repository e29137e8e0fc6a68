using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Output;

/// <summary>
/// A full disk or a refused write (issue 18, item 3) is the machine's problem, said as such: the
/// <see cref="IOException"/> that a page meets inside <see cref="Parallel.For(int, int, Action{int})"/>
/// arrives wrapped in an <see cref="AggregateException"/>, which must not end as "internal error".
/// </summary>
public sealed class WriteFailureTests
{
    [Theory]
    [InlineData(28, "output-disk-full")]    // ENOSPC
    [InlineData(13, "output-write-failed")] // EACCES, as .NET reports it for a file
    public void A_sink_that_fails_while_pages_are_written_in_parallel_is_a_message_not_a_crash(int errno, string code)
    {
        using var workspace = Workspace.Create();
        var request = new BuildRequest(workspace.Content, workspace.Theme, workspace.Output, Write: true, workspace.Root);

        var result = SiteBuilder.Run(request, into: new FailingSink(writesBeforeFailing: 30, errno));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Message.Code);
        Assert.DoesNotContain("Exception", DiagnosticFormatter.Format(error, UiLanguage.English, workspace.Root), StringComparison.Ordinal);
    }

    [Fact]
    public void A_disk_full_error_wrapped_by_parallel_for_is_found()
    {
        var wrapped = new AggregateException(new AggregateException(new IOException("No space left on device : '/x/y.html'", 28)));

        var failure = WriteFailure.Of(wrapped);

        Assert.NotNull(failure);
        Assert.True(WriteFailure.IsDiskFull(failure));
        Assert.Null(WriteFailure.Of(new AggregateException(new IOException("x"), new NullReferenceException()))); // a bug stays a bug
    }

    /// <summary>Accepts a few files, then fails every write as the disk or the system would.</summary>
    private sealed class FailingSink(int writesBeforeFailing, int errno) : IOutputSink
    {
        private int _writes;

        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => Count(relativePath);

        public Stream Create(string relativePath)
        {
            Count(relativePath);
            return Stream.Null;
        }

        private void Count(string relativePath)
        {
            if (Interlocked.Increment(ref _writes) > writesBeforeFailing)
            {
                throw errno == 13
                    ? new UnauthorizedAccessException($"Access to the path '/srv/output/{relativePath}' is denied.")
                    : new IOException($"No space left on device : '/srv/output/{relativePath}'", errno);
            }
        }
    }
}
