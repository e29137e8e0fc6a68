using HaiPhongUrban.Portal.Kernel.Tables;
using System.Collections;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>
/// Rows that throw when enumerated a second time, like a CSV file streamed from disk that must not be read twice.
/// A writer that materialises, counts or pre-scans the rows fails on it.
/// </summary>
public sealed class OnePassRows(IEnumerable<TableRow> rows) : IEnumerable<TableRow>
{
    private bool _started;

    public IEnumerator<TableRow> GetEnumerator()
    {
        if (_started)
        {
            throw new InvalidOperationException("The rows were enumerated twice.");
        }

        _started = true;
        return rows.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
