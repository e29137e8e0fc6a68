using HaiPhongUrban.Portal.Serving;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>Saving a file, however an editor does it, is one burst of changes naming that file, not the editor's temporary files.</summary>
public sealed class ContentWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portal-watch-");

    [Fact]
    public async Task A_save_through_a_temporary_file_and_a_rename_is_one_burst_naming_the_saved_file()
    {
        var page = Path.Combine(_folder.FullName, "pages", "a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, "old");
        using var watcher = new ContentWatcher([_folder.FullName]);
        using var timeout = new CancellationTokenSource(Patience);

        var temporary = Path.Combine(_folder.FullName, "pages", ".a.md.swp");
        File.WriteAllText(temporary, "new");
        File.Move(temporary, page, overwrite: true);

        Assert.Equal([page], await watcher.NextChangesAsync(timeout.Token));
    }

    [Fact]
    public async Task A_deleted_file_is_named_too()
    {
        var file = Path.Combine(_folder.FullName, "b.yml");
        File.WriteAllText(file, "x: 1");
        using var watcher = new ContentWatcher([_folder.FullName]);
        using var timeout = new CancellationTokenSource(Patience);

        File.Delete(file);

        Assert.Equal([file], await watcher.NextChangesAsync(timeout.Token));
    }

    [Fact]
    public async Task Waiting_ends_when_serve_stops()
    {
        using var watcher = new ContentWatcher([_folder.FullName]);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watcher.NextChangesAsync(stop.Token));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
