using System.Globalization;

// The .NET runtime looks for a type named exactly "StartupHook", outside any namespace, in each assembly
// DOTNET_STARTUP_HOOKS names. ReproducibleBuildTests loads this test assembly that way into the portal
// processes it starts, so that each child reports the culture, time zone and clock it really ran under:
// without that proof, "identical bytes" could mean only that both children ran in the same environment.
// Nothing in the portal itself knows about it.
#pragma warning disable CA1050 // the runtime requires the global namespace
internal static class StartupHook
#pragma warning restore CA1050
{
    /// <summary>The file the probe writes to; the hook does nothing when it is not set.</summary>
    public const string ProbeFileVariable = "PORTAL_TEST_ENVIRONMENT_PROBE";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(ProbeFileVariable) is not { Length: > 0 } file)
        {
            return;
        }

        File.WriteAllLines(file,
        [
            "culture=" + CultureInfo.CurrentCulture.Name,
            "number=" + 1234.5.ToString(CultureInfo.CurrentCulture),
            "upper-i=" + "i".ToUpper(CultureInfo.CurrentCulture),
            "utc-offset-minutes=" + TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow).TotalMinutes.ToString(CultureInfo.InvariantCulture),
            "year=" + DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture),
        ]);
    }
}
