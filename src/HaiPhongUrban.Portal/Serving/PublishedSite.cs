using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Rendering.Redirects;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// A built output folder read once into memory: every file's bytes by its URL path, and the rules of its
/// <c>_redirects</c>. A server answers from one of these and swaps in the next after a rebuild, so a reader
/// never meets a folder half replaced. The seed site is about 1.3 MB.
/// </summary>
public sealed class PublishedSite
{
    private readonly FrozenDictionary<string, byte[]> _files;
    // A plain dictionary: freezing 10,000 pages' paths after every serve rebuild cost more than all their lookups.
    private readonly IReadOnlyDictionary<string, Lazy<byte[]>> _later;
    private readonly IReadOnlyList<(string Folder, Lazy<FrozenDictionary<string, byte[]>> Files)> _laterFolders;

    private PublishedSite(
        FrozenDictionary<string, byte[]> files,
        IReadOnlyDictionary<string, Lazy<byte[]>> later,
        IReadOnlyList<(string Folder, Lazy<FrozenDictionary<string, byte[]>> Files)> laterFolders,
        IReadOnlyList<RawRedirect> redirects)
    {
        _files = files;
        _later = later;
        _laterFolders = laterFolders;
        Redirects = redirects;
    }

    /// <summary>A site with no files, served (with the error panel) while no build has succeeded yet.</summary>
    public static PublishedSite Empty { get; } = new(FrozenDictionary<string, byte[]>.Empty, FrozenDictionary<string, Lazy<byte[]>>.Empty, [], []);

    /// <summary>The published <c>_redirects</c> rules, in file order.</summary>
    public IReadOnlyList<RawRedirect> Redirects { get; }

    public int FileCount => _files.Count + _later.Count;

    /// <summary>The site in a built output folder, e.g. for the browser tests.</summary>
    public static PublishedSite Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        // The build's mark is beside the site, not part of it: Netlify never deploys a dot-file, so neither does this.
        return Of(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetRelativePath(root, file) != OutputMark.FileName)
            .ToDictionary(file => Path.GetRelativePath(root, file).Replace('\\', '/'), System.IO.File.ReadAllBytes, StringComparer.Ordinal));
    }

    /// <summary>The site a build wrote, from each file's path under the output folder ('/' separators, no leading '/').</summary>
    public static PublishedSite Of(IReadOnlyDictionary<string, byte[]> files) => Of(files, new Dictionary<string, Lazy<byte[]>>(), []);

    /// <summary>The site a <c>serve</c> build left in memory, with the files it leaves to be made on request.</summary>
    public static PublishedSite Of(MemorySink sink) =>
        Of(sink.Files, sink.Later, sink.LaterFolders.Select(f => (f.Key, f.Value)).ToList());

    /// <summary>
    /// The same, with files made only when first asked for (a <c>serve</c> rebuild's pages that no saved
    /// file changed): <paramref name="later"/>, by the same kind of path, and <paramref name="laterFolders"/>,
    /// whose files are all made the first time one in their folder is asked for.
    /// </summary>
    public static PublishedSite Of(
        IReadOnlyDictionary<string, byte[]> files,
        IReadOnlyDictionary<string, Lazy<byte[]>> later,
        IReadOnlyList<(string Folder, Lazy<IReadOnlyList<(string RelativePath, byte[] Bytes)>> Files)> laterFolders)
    {
        var byPath = files.ToFrozenDictionary(file => "/" + file.Key, file => file.Value, StringComparer.Ordinal);
        var redirects = byPath.TryGetValue(RedirectsFile, out var bytes)
            ? LoadRedirects.Parse(RedirectsFile, Encoding.UTF8.GetString(bytes), new DiagnosticBag())
            : [];
        var folders = laterFolders
            .Select(f => ("/" + f.Folder, new Lazy<FrozenDictionary<string, byte[]>>(() => f.Files.Value.ToFrozenDictionary(file => "/" + file.RelativePath, file => file.Bytes, StringComparer.Ordinal))))
            .ToList();
        return new PublishedSite(byPath, later.ToDictionary(file => "/" + file.Key, file => file.Value, StringComparer.Ordinal), folders, redirects);
    }

    /// <summary>
    /// The bytes at <paramref name="filePath"/> (a file's path from the root, e.g. <c>/ket-luan/index.html</c>).
    /// Netlify reads <c>_redirects</c> but never serves it.
    /// </summary>
    public byte[]? File(string filePath) =>
        filePath == RedirectsFile ? null
        : _files.TryGetValue(filePath, out var bytes) ? bytes
        : _later.TryGetValue(filePath, out var later) ? later.Value
        : _laterFolders.Where(f => filePath.StartsWith(f.Folder, StringComparison.Ordinal)).Select(f => f.Files.Value.GetValueOrDefault(filePath)).FirstOrDefault(bytes => bytes is not null);

    /// <summary>
    /// The file paths whose bytes differ between <paramref name="previous"/> and this site, added and removed ones
    /// included. Files still to be made on request in either are left out: comparing them would make them all.
    /// </summary>
    public IReadOnlyList<string> ChangedSince(PublishedSite previous) =>
        _files.Keys.Union(previous._files.Keys, StringComparer.Ordinal)
            .Where(path => !_later.ContainsKey(path) && !previous._later.ContainsKey(path))
            .Where(path => !(_files.TryGetValue(path, out var now) && previous._files.TryGetValue(path, out var before) && now.AsSpan().SequenceEqual(before)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A short fingerprint of a file's bytes, sent as its ETag.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes)[..8]);

    private const string RedirectsFile = "/_redirects";
}
