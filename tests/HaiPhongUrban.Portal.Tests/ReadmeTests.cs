using System.IO.Compression;
using System.Text.RegularExpressions;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests;

/// <summary>
/// The figures README.md gives a reader are the ones the build produces: a stale size tells a citizen on
/// a phone the wrong cost of search. A figure may drift a little as content grows (a tenth either way);
/// beyond that README must be updated with the change that moved it.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class ReadmeTests(BuiltSite site)
{
    private const double Tolerance = 0.10;

    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [GeneratedRegex(@"the words as published: (?<plain>\d+) KB, (?<gzipped>\d+) KB gzipped")]
    private static partial Regex SearchIndexFigure();

    [Fact]
    public void The_search_index_size_in_readme_is_the_size_the_build_writes()
    {
        var figure = SearchIndexFigure().Match(Readme);
        Assert.True(figure.Success, "README's Search section no longer says 'the words as published: N KB, M KB gzipped'");

        // The index is the manifest and every file it names, each sent (and gzipped) on its own.
        var files = PublishedSearch.IndexFiles(site).Select(File.ReadAllBytes).ToList();
        AssertClose("search index", int.Parse(figure.Groups["plain"].Value), files.Sum(f => (long)f.Length));
        AssertClose("gzipped search index", int.Parse(figure.Groups["gzipped"].Value), files.Sum(Gzipped));
    }

    private static void AssertClose(string what, int statedKilobytes, long actualBytes)
    {
        var actualKilobytes = actualBytes / 1000.0;
        Assert.True(
            Math.Abs(statedKilobytes - actualKilobytes) <= actualKilobytes * Tolerance,
            $"README says the {what} is {statedKilobytes} KB; the build writes {actualKilobytes:0.0} KB");
    }

    private static long Gzipped(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.Length;
    }
}
