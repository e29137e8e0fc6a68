using System.Collections.Concurrent;

namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>
/// A check of the validate stage that reads a large file, postponed to the read that publishes the file, so that
/// a million rows are read once for their checks and their downloads together.
/// </summary>
public interface IPostponedCheck
{
    /// <summary>
    /// The check on its own, with a read of its own, exactly as the validate stage runs it: when the build stops
    /// before publishing, and when the shared read failed and its messages need the check's own read.
    /// </summary>
    void RunAlone();
}

/// <summary>
/// The checks the validate stage postponed, by the file each reads. Publishing takes the check of a file as it
/// reads it; whatever is not taken runs alone, so no file goes unchecked, whichever stage a build stops at:
/// the build reports everything wrong at once, as when every check ran in the validate stage.
/// </summary>
public sealed class PostponedChecks
{
    private readonly ConcurrentDictionary<string, IPostponedCheck> _checks = new(StringComparer.Ordinal);

    public void Add(string file, IPostponedCheck check) => _checks[file] = check;

    /// <summary>The check postponed for <paramref name="file"/>, now the caller's to run; null when none was.</summary>
    public IPostponedCheck? Take(string file) => _checks.TryRemove(file, out var check) ? check : null;

    /// <summary>Runs alone, one after the other, every check no read took.</summary>
    public void RunRemaining()
    {
        foreach (var file in _checks.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (Take(file) is { } check)
            {
                check.RunAlone();
            }
        }
    }
}
