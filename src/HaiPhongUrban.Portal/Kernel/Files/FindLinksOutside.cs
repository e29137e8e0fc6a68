using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// Walks a source folder (<c>content/</c> or <c>theme/</c>) before anything in it is read and reports
/// every symbolic link whose target, followed to the end, is outside the folder or missing. A link
/// out of the folder would publish whatever it points at (<c>/etc/passwd</c> as a dataset, a private
/// key as a theme asset), so such a folder is not read at all. Links that stay inside are harmless
/// and allowed. The walk never follows a link itself, so a link to a parent cannot make it loop. It
/// also refuses every entry that is not an ordinary file or folder (<see cref="RegularFile"/>): a named
/// pipe would make the build wait forever for the first read.
/// </summary>
public static class FindLinksOutside
{
    /// <summary>More links in one chain than any real setup has: a loop of links is treated as missing.</summary>
    private const int MaxHops = 40;

    /// <param name="folderName">"content" or "theme", for the message.</param>
    /// <returns>The full paths of the links refused, in ordinal order.</returns>
    public static IReadOnlyList<string> Run(string root, string folderName, DiagnosticBag diagnostics, WorkCache? cache = null)
    {
        cache ??= WorkCache.None;
        var hops = 0;
        var realRoot = RealPath(root, ref hops);
        var refused = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0)
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = pending.Pop().EnumerateFileSystemInfos().OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue; // an unreadable folder is reported by the loader that needs it
            }

            foreach (var entry in entries)
            {
                // A file or folder found plain in a serve session is not asked again until the watcher reports
                // it (a readlink and a statx for each of 10,000 pages was a third of a rebuild). A link is always
                // followed again: what it points to may change without the link itself being touched.
                if (cache.Remembers && cache.Remember(PlainKind, entry.FullName, () => Plain(entry) ? Checked : Unchecked) == Checked)
                {
                    if (entry is DirectoryInfo plainFolder)
                    {
                        pending.Push(plainFolder);
                    }

                    continue;
                }

                if (entry.LinkTarget is { } target)
                {
                    hops = 0;
                    var real = RealPath(entry.FullName, ref hops);
                    if (realRoot is null || real is null || !Inside(real, realRoot) || !Path.Exists(real))
                    {
                        diagnostics.Error(SourceLocation.StartOf(entry.FullName), Messages.LinkOutside, entry.Name, target, folderName);
                        refused.Add(entry.FullName);
                    }
                }
                else if (entry is DirectoryInfo folder)
                {
                    pending.Push(folder);
                }

                // A pipe, device or socket: opening it would wait forever (or read a device), so the folder is not read.
                if (entry is not DirectoryInfo && RegularFile.IsSpecial(entry.FullName) && !refused.Contains(entry.FullName))
                {
                    diagnostics.Error(SourceLocation.StartOf(entry.FullName), Messages.NotRegularFile, entry.Name);
                    refused.Add(entry.FullName);
                }
            }
        }

        return refused.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it.</summary>
    private const string PlainKind = "plain-entry";

    private static readonly string Checked = "plain";

    private static readonly string Unchecked = "link or special";

    /// <summary>A folder or regular file that is no link: nothing of it to report, whatever is inside a folder.</summary>
    private static bool Plain(FileSystemInfo entry) =>
        entry.LinkTarget is null && (entry is DirectoryInfo || !RegularFile.IsSpecial(entry.FullName));

    public static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The path with every symbolic link along it replaced by its target, component by component (what
    /// the system's realpath does), or null for a chain of links longer than <see cref="MaxHops"/>.
    /// </summary>
    private static string? RealPath(string path, ref int hops)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = Directory.Exists(next) ? (FileSystemInfo)new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > MaxHops || RealPath(Path.GetFullPath(target, current), ref hops) is not { } resolved)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
