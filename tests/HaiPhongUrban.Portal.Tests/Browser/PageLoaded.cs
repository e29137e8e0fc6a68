using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Waits, after a navigation has committed, until the new document has loaded, asking the document itself
/// (<c>document.readyState</c>) rather than Playwright's record of load events. Awaiting
/// <c>WaitForLoadStateAsync(Load)</c> there once ran out its full minute on a busy two-core CI, its log
/// showing only the network-idle event, which comes after load: the load event had been missed, so that wait
/// could only time out.
/// </summary>
public static class PageLoaded
{
    public static Task WaitAsync(IPage page, float timeout) =>
        page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { Timeout = timeout, PollingInterval = 50 });
}
