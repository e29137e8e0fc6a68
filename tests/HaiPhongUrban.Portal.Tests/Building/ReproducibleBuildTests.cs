using HaiPhongUrban.Portal.Tests.Browser;
using HaiPhongUrban.Portal.Tests.Support;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// The same content gives the same bytes, whatever the machine: the real content and theme are built by
/// the real CLI in two child processes that differ in everything a build could accidentally depend on,
/// and every output file (pages, catalogues, CSV, JSON, XLSX) must be byte-identical.
/// </summary>
public sealed class ReproducibleBuildTests(ITestOutputHelper output)
{
    /// <summary>The second build's clock (faketime): a different year, at the last second of a day in UTC.</summary>
    private const string ShiftedClock = "2031-07-15 23:59:59";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Two_builds_in_different_cultures_time_zones_clocks_and_file_orders_give_identical_bytes()
    {
        Assert.True(File.Exists(PortalProcess.PortalDll), $"{PortalProcess.PortalDll} not found: build the solution first (dotnet build HaiPhongUrban.Portal.sln).");
        var faketime = FindOnPath("faketime");
        Assert.False(faketime is null && CheckerTools.InCi, "faketime not found: install it with `apt-get install -y faketime`; .ci/run does.");

        var root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "portal-repro-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = new Build(Path.Combine(root, "a"), Reverse: false);
            var second = new Build(Path.Combine(root, "b"), Reverse: true);
            first.CopySources();
            second.CopySources();
            AssertEnumerationOrderDiffers(first.Root, second.Root);

            var clock = Stopwatch.StartNew();
            var runs = await Task.WhenAll(
                first.RunAsync(new Dictionary<string, string> { ["TZ"] = "UTC", ["LC_ALL"] = "C.UTF-8" }, []),
                second.RunAsync(
                    new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["LC_ALL"] = "tr_TR.UTF-8", ["LANG"] = "tr_TR.UTF-8" },
                    faketime is null ? [] : [faketime, "-f", "@" + ShiftedClock]));
            output.WriteLine($"two builds in parallel: {clock.Elapsed.TotalSeconds:0.0} s");

            // Each child really ran where it was sent, or the comparison below would prove nothing.
            var (a, b) = (runs[0], runs[1]);
            Assert.Equal("", a["culture"]);
            Assert.Equal("0", a["utc-offset-minutes"]);
            Assert.Equal("tr-TR", b["culture"]);
            Assert.Equal("1234,5", b["number"]);
            Assert.Equal("İ", b["upper-i"]);
            Assert.Equal("840", b["utc-offset-minutes"]);
            if (faketime is not null)
            {
                Assert.Equal("2031", b["year"]);
                Assert.NotEqual("2031", a["year"]);
            }
            else
            {
                output.WriteLine("faketime not installed: the clock was not shifted (BuildReadsNoClockTests still guards it)");
            }

            AssertSameBytes(first.Output, second.Output);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Same relative paths, same bytes; on a difference, the first differing file and offset.</summary>
    private void AssertSameBytes(string first, string second)
    {
        var files = Files(first);
        var others = Files(second);
        Assert.True(files.SequenceEqual(others, StringComparer.Ordinal),
            $"The two builds wrote different files. Only in the first: {string.Join(", ", files.Except(others))}; only in the second: {string.Join(", ", others.Except(files))}.");
        // Downloads included: a comparison without them would miss the zip timestamps of an XLSX.
        foreach (var extension in new[] { ".html", ".csv", ".json", ".xlsx", ".jsonld" })
        {
            Assert.Contains(files, f => f.EndsWith(extension, StringComparison.Ordinal));
        }

        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var differences = new List<string>();
        foreach (var file in files)
        {
            var left = File.ReadAllBytes(Path.Combine(first, file));
            var right = File.ReadAllBytes(Path.Combine(second, file));
            var offset = left.AsSpan().CommonPrefixLength(right);
            if (offset != left.Length || offset != right.Length)
            {
                // The first file in full; the rest by name, since one cause often changes several files.
                differences.Add(differences.Count == 0 ? Difference(file, left, right, offset) : file);
            }

            digest.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            digest.AppendData(SHA256.HashData(left));
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {files.Count} files differ. {string.Join("\nAlso: ", differences)}");

        output.WriteLine($"{files.Count} files, identical; SHA-256 of the tree: {Convert.ToHexStringLower(digest.GetHashAndReset())}");
    }

    private static string Difference(string file, byte[] left, byte[] right, int offset)
    {
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, offset - 40), Math.Min(bytes.Length, offset + 40) - Math.Max(0, offset - 40));
        return $"{file} differs first at byte {offset} (sizes {left.Length} and {right.Length}):\n  UTC, C culture:      …{Around(left)}…\n  Kiritimati, tr-TR:   …{Around(right)}…";
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The reverse copy must really list its files in another order, or it tests nothing. On tmpfs a
    /// folder lists its entries newest first, so copies made in opposite orders list them oppositely.
    /// </summary>
    private static void AssertEnumerationOrderDiffers(string first, string second)
    {
        static List<string> Listing(string root) =>
            Directory.EnumerateFileSystemEntries(Path.Combine(root, "content"), "*", SearchOption.AllDirectories)
                .Select(e => Path.GetRelativePath(root, e))
                .ToList();

        Assert.False(Listing(first).SequenceEqual(Listing(second), StringComparer.Ordinal),
            "Both copies list their files in the same order, so the reverse copy proves nothing on this file system; run the test where /dev/shm (tmpfs) exists.");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(folder => folder.Length > 0)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>One of the two builds: its own copy of content and theme, its output, and what its process reported.</summary>
    private sealed record Build(string Root, bool Reverse)
    {
        /// <summary>The second copy's files carry another modification time, so a build that read it would differ.</summary>
        private static readonly DateTime OtherFileTime = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

        public string Output => Path.Combine(Root, "output");

        private string Probe => Path.Combine(Root, "environment.txt");

        /// <summary>
        /// Copies content and theme, creating folders and then files in sorted order, or in the reverse
        /// order (so a folder lists them the other way round) with other modification times.
        /// </summary>
        public void CopySources()
        {
            var sources = new[] { "content", "theme" }
                .SelectMany(top => Directory.EnumerateFileSystemEntries(Path.Combine(RepoPaths.Root, top), "*", SearchOption.AllDirectories).Prepend(Path.Combine(RepoPaths.Root, top)))
                .Select(path => Path.GetRelativePath(RepoPaths.Root, path))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (Reverse)
            {
                sources.Reverse();
            }

            var folders = sources.Where(s => Directory.Exists(Path.Combine(RepoPaths.Root, s))).ToList();
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(Path.Combine(Root, folder));
            }

            foreach (var file in sources.Except(folders))
            {
                var target = Path.Combine(Root, file);
                File.Copy(Path.Combine(RepoPaths.Root, file), target);
                if (Reverse)
                {
                    File.SetLastWriteTimeUtc(target, OtherFileTime);
                }
            }
        }

        /// <summary>Runs <c>portal build</c> here and returns what the startup hook saw in that process.</summary>
        public async Task<IReadOnlyDictionary<string, string>> RunAsync(Dictionary<string, string> environment, IReadOnlyList<string> wrapper)
        {
            environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
            environment[StartupHook.ProbeFileVariable] = Probe;
            var (exitCode, stdout, stderr) = await PortalProcess.RunAsync(["build"], Root, environment, wrapper, Timeout);
            Assert.True(exitCode == 0, $"portal build in {Root} exited with {exitCode}:\n{stdout}\n{stderr}");
            return File.ReadAllLines(Probe)
                .Select(line => line.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        }
    }
}
