using HaiPhongUrban.Portal.Tests.Browser;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>
/// A test that asks PROJ's <c>cs2cs</c> (Debian's proj-bin) for the reference answers. Without it on PATH
/// the test is skipped with a message saying how to install it, except on CI (CI=true), where it runs and
/// fails with that message, as <see cref="BrowserFactAttribute"/> does for Chromium: .ci/run installs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Cs2csFactAttribute : FactAttribute
{
    public Cs2csFactAttribute()
    {
        Skip = CheckerTools.SkipUnlessCi(Cs2csMissing);
    }

    /// <summary>The <c>cs2cs</c> on PATH, or null.</summary>
    public static string? Cs2cs =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(folder => folder.Length > 0)
            .Select(folder => Path.Combine(folder, "cs2cs"))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the comparison with PROJ cannot run here, or null when it can.</summary>
    public static string? Cs2csMissing =>
        Cs2cs is null ? "cs2cs not found on PATH: install PROJ's tools with `apt-get install -y proj-bin`; CI installs them itself." : null;
}
