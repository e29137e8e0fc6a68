namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// A test that runs the W3C Nu HTML checker (java -jar vnu.jar). Without Java or vnu.jar it is skipped
/// with a message saying how to get them, except on CI (CI=true), where it runs and fails with that message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        Skip = CheckerTools.SkipUnlessCi(CheckerTools.NuCheckerMissing);
    }
}
