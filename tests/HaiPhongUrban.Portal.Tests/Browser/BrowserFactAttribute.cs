namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// A test that drives Chromium. Without /usr/bin/chromium it is skipped with a message saying how to
/// install it, except on CI (CI=true), where it runs and fails with that message: a machine that lost
/// its browser must not pass quietly. xunit 2 cannot skip at run time, so this decides when constructed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = CheckerTools.SkipUnlessCi(CheckerTools.ChromiumMissing);
    }
}
