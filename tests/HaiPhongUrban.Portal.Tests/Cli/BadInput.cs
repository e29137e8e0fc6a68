using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// One kind of bad input tried against the command line: how to make it (a fixture under
/// tests/fixtures/broken/&lt;id&gt;/ laid over the real content, or files written by code when they are
/// too large, too deep or links), and what the run must answer.
/// </summary>
/// <param name="Id">The case, and the name of its fixture folder when <paramref name="Arrange"/> is null.</param>
/// <param name="Kind">What the input is, as the table in tools/hostile-input-table.md says it.</param>
/// <param name="ExitCode">0 for inputs that only warn, 1 for errors.</param>
/// <param name="Expected">The start of the stderr line that must be printed (<c>path:line:column: severity: words</c>).</param>
public sealed record BadInput(string Id, string Kind, int ExitCode, string Expected, Action<Workspace>? Arrange = null)
{
    public void ApplyTo(Workspace workspace)
    {
        if (Arrange is null)
        {
            workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "broken", Id));
        }
        else
        {
            Arrange(workspace);
        }
    }
}
