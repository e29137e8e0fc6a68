namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>
/// Collects every problem of a run so that staff see them all at once, not one per attempt.
/// Thread-safe: pages are rendered in parallel and report into the same bag.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly object _gate = new();
    private readonly List<Diagnostic> _items = [];

    public void Error(SourceLocation location, Message message, params string[] arguments) =>
        Add(new Diagnostic(Severity.Error, location, message, arguments));

    public void Warning(SourceLocation location, Message message, params string[] arguments) =>
        Add(new Diagnostic(Severity.Warning, location, message, arguments));

    /// <summary>An error that also names another place, such as where a duplicated id was first given.</summary>
    public void Error(SourceLocation location, SourceLocation other, Message message, params string[] arguments) =>
        Add(new Diagnostic(Severity.Error, location, message, arguments) { Places = [other] });

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>
    /// Every problem of <paramref name="other"/>, in the order it was found. How work done in parallel
    /// (one file per thread, each with a bag of its own) joins the run's problems in the order the same
    /// work done one file after another would have added them.
    /// </summary>
    public void AddAll(DiagnosticBag other)
    {
        List<Diagnostic> items;
        lock (other._gate)
        {
            items = [.. other._items];
        }

        lock (_gate)
        {
            _items.AddRange(items);
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Whether an error was already given at this very place, so that a later check does not pile a second one on it.</summary>
    public bool HasErrorAt(SourceLocation location)
    {
        lock (_gate)
        {
            return _items.Any(d => d.Severity == Severity.Error && d.Location == location);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>
    /// Every problem in a stable order (file, line, column, then code), whatever order parallel stages
    /// found them in, so that two runs over the same content print the same lines.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Message.Code, StringComparer.Ordinal)
                .ThenBy(d => string.Join('\u001f', d.Arguments), StringComparer.Ordinal)
                .ToList();
        }
    }
}
