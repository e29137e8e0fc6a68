using System.Threading.Channels;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// Watches the content and theme folders, subfolders included, and reports each path that was created,
/// changed, renamed or deleted. Editors save in bursts (a temporary file, a rename, a second write), so
/// <see cref="NextChangesAsync"/> waits for a short quiet spell and returns the whole burst at once: one
/// rebuild per save.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>
    /// How long the folders must stay quiet before a burst of changes counts as one save. An editor's save
    /// (a temporary file, a rename, perhaps a backup) is over within a few milliseconds; 75 ms groups it with
    /// room to spare and is a quarter of the 300 ms a save may take to show.
    /// </summary>
    public static readonly TimeSpan QuietSpell = TimeSpan.FromMilliseconds(75);

    private readonly Channel<(string Path, bool Deleted)> _changes = Channel.CreateUnbounded<(string, bool)>();
    private readonly List<FileSystemWatcher> _watchers = [];

    public ContentWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Report(e.FullPath, deleted: false);
            watcher.Created += (_, e) => Report(e.FullPath, deleted: false);
            watcher.Deleted += (_, e) => Report(e.FullPath, deleted: true);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath, deleted: true);
                Report(e.FullPath, deleted: false);
            };
            // The system's event buffer overflowed: some change was lost, so the folder as a whole changed.
            watcher.Error += (_, _) => Report(folder, deleted: false);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// The paths changed in the next burst, sorted and without repeats. An editor's temporary file, created
    /// and renamed or deleted within the burst, is left out: it is not what staff changed. The burst still
    /// counts when only such files changed, since the build decides what the site holds, not this list.
    /// </summary>
    public async Task<IReadOnlyList<string>> NextChangesAsync(CancellationToken cancellation)
    {
        var changes = new List<(string Path, bool Deleted)> { await _changes.Reader.ReadAsync(cancellation) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(QuietSpell);
            try
            {
                changes.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                var createdInBurst = changes.Where(c => !c.Deleted).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
                return changes
                    .Where(c => Path.Exists(c.Path) || !createdInBurst.Contains(c.Path))
                    .Select(c => c.Path)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Report(string path, bool deleted) => _changes.Writer.TryWrite((path, deleted));
}
