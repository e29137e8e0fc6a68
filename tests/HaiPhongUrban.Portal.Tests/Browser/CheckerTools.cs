using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Where the outside checkers live (Debian's Chromium, a Java runtime, the Nu checker's vnu.jar) and, when
/// one is missing, the message that says how to get it. .ci/run installs them all and sets CI=true.
/// </summary>
public static class CheckerTools
{
    /// <summary>Debian's package: the only browser the tests drive; Playwright never downloads one.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>On CI (CI=true, set by .ci/run) a missing checker fails its tests instead of skipping them.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>vnu.jar from <c>npm ci --prefix tools/checkers</c>, or wherever VNU_JAR points.</summary>
    public static string VnuJar =>
        Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } jar
            ? jar
            : Path.Combine(RepoPaths.Root, "tools", "checkers", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The <c>java</c> on PATH (or under JAVA_HOME), or null.</summary>
    public static string? Java =>
        new[] { Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home ? Path.Combine(home, "bin") : null }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            .Where(folder => !string.IsNullOrEmpty(folder))
            .Select(folder => Path.Combine(folder!, "java"))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? ChromiumMissing =>
        File.Exists(ChromiumPath)
            ? null
            : $"Chromium not found at {ChromiumPath}: install it with `apt-get install -y chromium`; CI installs it itself.";

    /// <summary>Why the Nu HTML checker cannot run here, or null when it can.</summary>
    public static string? NuCheckerMissing =>
        Java is null ? "Java not found (java on PATH or JAVA_HOME): install it with `apt-get install -y default-jre-headless`; CI installs it itself."
        : !File.Exists(VnuJar) ? $"vnu.jar not found at {VnuJar}: run `npm ci --prefix tools/checkers` (or set VNU_JAR); CI installs it itself."
        : null;

    /// <summary>A skip reason for a missing checker, except on CI, where the test runs and fails with the same message.</summary>
    public static string? SkipUnlessCi(string? missing) => InCi ? null : missing;
}
