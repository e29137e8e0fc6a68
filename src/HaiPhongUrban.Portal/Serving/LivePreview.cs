using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// The preview's current state, replaced whole after each build, and a signal open pages wait on. A
/// failed build keeps the last good site: staff keep reading it, under the list of what to fix.
/// </summary>
public sealed class LivePreview
{
    private readonly object _gate = new();
    private PreviewState _state = new(PublishedSite.Empty, 0, []);
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewState Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Completes at the next build after the call. Take it before reading <see cref="Current"/>, so no build is missed between the two.</summary>
    public Task NextBuild
    {
        get
        {
            lock (_gate)
            {
                return _next.Task;
            }
        }
    }

    /// <summary>Records a build: its site when it succeeded (null when it failed) and its problems.</summary>
    public PreviewState Publish(PublishedSite? site, IReadOnlyList<Diagnostic> problems)
    {
        TaskCompletionSource built;
        PreviewState state;
        lock (_gate)
        {
            state = _state = new PreviewState(site ?? _state.Site, _state.Version + 1, problems);
            built = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        built.SetResult();
        return state;
    }
}
