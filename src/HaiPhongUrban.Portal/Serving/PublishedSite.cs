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

    private PublishedSite(FrozenDictionary<string, byte[]> files, IReadOnlyList<RawRedirect> redirects)
    {
        _files = files;
        Redirects = redirects;
    }

    /// <summary>A site with no files, served (with the error panel) while no build has succeeded yet.</summary>
    public static PublishedSite Empty { get; } = new(FrozenDictionary<string, byte[]>.Empty, []);

    /// <summary>The published <c>_redirects</c> rules, in file order.</summary>
    public IReadOnlyList<RawRedirect> Redirects { get; }

    public int FileCount => _files.Count;

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
    public static PublishedSite Of(IReadOnlyDictionary<string, byte[]> files)
    {
        var byPath = files.ToFrozenDictionary(file => "/" + file.Key, file => file.Value, StringComparer.Ordinal);
        var redirects = byPath.TryGetValue(RedirectsFile, out var bytes)
            ? LoadRedirects.Parse(RedirectsFile, Encoding.UTF8.GetString(bytes), new DiagnosticBag())
            : [];
        return new PublishedSite(byPath, redirects);
    }

    /// <summary>
    /// The bytes at <paramref name="filePath"/> (a file's path from the root, e.g. <c>/ket-luan/index.html</c>).
    /// Netlify reads <c>_redirects</c> but never serves it.
    /// </summary>
    public byte[]? File(string filePath) =>
        filePath != RedirectsFile && _files.TryGetValue(filePath, out var bytes) ? bytes : null;

    /// <summary>The file paths whose bytes differ between <paramref name="previous"/> and this site, added and removed ones included.</summary>
    public IReadOnlyList<string> ChangedSince(PublishedSite previous) =>
        _files.Keys.Union(previous._files.Keys, StringComparer.Ordinal)
            .Where(path => !(_files.TryGetValue(path, out var now) && previous._files.TryGetValue(path, out var before) && now.AsSpan().SequenceEqual(before)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A short fingerprint of a file's bytes, sent as its ETag.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes)[..8]);

    private const string RedirectsFile = "/_redirects";
}
