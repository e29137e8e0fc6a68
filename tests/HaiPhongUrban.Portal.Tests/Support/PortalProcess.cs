using System.Diagnostics;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Runs the built <c>portal</c> command in a child process, so that its culture, time zone and clock
/// are decided by the environment it starts with, as on a staff member's machine or on Netlify, and not
/// by the test process that every other test shares.
/// </summary>
public static class PortalProcess
{
    /// <summary>
    /// portal.dll as the src project built it, in the same configuration as these tests. The copy
    /// beside the test assembly cannot run: its runtimeconfig lacks ASP.NET Core, which the tests pull in.
    /// </summary>
    public static string PortalDll
    {
        get
        {
            var testProject = Path.Combine(RepoPaths.Root, "tests", "HaiPhongUrban.Portal.Tests");
            var configuration = Path.GetRelativePath(testProject, AppContext.BaseDirectory); // bin/Debug/net10.0/
            return Path.GetFullPath(Path.Combine(RepoPaths.Root, "src", "HaiPhongUrban.Portal", configuration, "portal.dll"));
        }
    }

    /// <summary>The <c>dotnet</c> host that runs these tests (dotnet test sets DOTNET_HOST_PATH).</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs <c>portal</c> to the end (see <see cref="StartInfo"/>), failing after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> wrapper,
        TimeSpan timeout)
    {
        var start = StartInfo(arguments, workingDirectory, environment, wrapper);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"portal {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// How to start <c>portal</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>:
    /// locale variables are removed from the inherited environment, then <paramref name="environment"/> is
    /// applied, so each run gets exactly the culture it is given; <paramref name="wrapper"/> is a command
    /// put in front (faketime, env). Output is redirected.
    /// </summary>
    public static ProcessStartInfo StartInfo(
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> wrapper)
    {
        var command = wrapper.Concat([DotnetHost, PortalDll]).Concat(arguments).ToList();
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k is "LANG" or "LANGUAGE" || k.StartsWith("LC_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
