using System.Diagnostics;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar, the engine behind validator.w3.org/nu), run once over many files:
/// starting Java costs seconds, checking a page milliseconds. Errors only; warnings are advice.
/// </summary>
public static class NuChecker
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Every error in <paramref name="files"/>, attributed to the file (full path) it is in.</summary>
    public static IReadOnlyList<NuMessage> Check(IReadOnlyList<string> files)
    {
        // On CI the test runs even without its tools; it then fails saying what is missing and how to get it.
        if (CheckerTools.NuCheckerMissing is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var start = new ProcessStartInfo(CheckerTools.Java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-jar", CheckerTools.VnuJar, "--errors-only", "--format", "json" }.Concat(files.Select(Path.GetFullPath)))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // Read both streams at once: a full pipe on either would block the checker.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the Nu checker took longer than {Limit}");
        }

        // With --format json the report is written to stderr, as one JSON object.
        var report = stderr.Result.Trim();
        if (!report.StartsWith('{'))
        {
            throw new InvalidOperationException($"the Nu checker did not report (exit {process.ExitCode}): {report}{stdout.Result}");
        }

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new NuMessage(
                m.TryGetProperty("url", out var url) ? LocalPath(url.GetString()!) : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("extract", out var extract) ? extract.GetString()! : ""))
            .ToList();
    }

    /// <summary>
    /// The file a report URL names. vnu writes "file:/tmp/x/./index.html", which System.Uri refuses (it
    /// reads "tmp" as a host), so the path is taken as written and normalised like the paths passed in.
    /// </summary>
    private static string LocalPath(string url)
    {
        var path = url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url;
        while (path.StartsWith("//", StringComparison.Ordinal))
        {
            path = path[1..];
        }

        return Path.GetFullPath(Uri.UnescapeDataString(path));
    }
}
