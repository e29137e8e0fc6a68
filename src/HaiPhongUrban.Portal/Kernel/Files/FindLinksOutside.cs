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
    /// <param name="only">
    /// In a <c>serve</c> rebuild, the paths its watcher reported since the last build that found nothing to
    /// refuse: only those are looked at (a folder among them walked whole), since nothing else can have become a
    /// link or a pipe. A readlink and a statx for each of 10,000 pages was a third of a rebuild. Null: the whole folder.
    /// </param>
    /// <returns>The full paths of the links refused, in ordinal order.</returns>
    public static IReadOnlyList<string> Run(string root, string folderName, DiagnosticBag diagnostics, IReadOnlyList<string>? only = null)
    {
        var hops = 0;
        var realRoot = RealPath(root, ref hops);
        var refused = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        if (only is null)
        {
            pending.Push(new DirectoryInfo(root));
        }
        else
        {
            var full = Path.GetFullPath(root);
            foreach (var path in only.Select(Path.GetFullPath).Where(p => Inside(p, full)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
                if (entry.Exists || entry.LinkTarget is not null)
                {
                    Check(entry);
                }
            }
        }

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
                Check(entry);
            }
        }

        return refused.Order(StringComparer.Ordinal).ToList();

        void Check(FileSystemInfo entry)
        {
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

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it.</summary>
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
