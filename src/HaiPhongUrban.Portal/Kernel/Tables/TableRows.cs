namespace HaiPhongUrban.Portal.Kernel.Tables;

/// <summary>
/// The rows of a resource, read afresh each time they are enumerated (a CSV file streamed from disk,
/// or rows drawn from the Conclusion). Cells are the text exactly as in content, one per schema field.
/// </summary>
public interface ITableRows
{
    IEnumerable<TableRow> Read();
}

/// <summary>One data row and the line of the content file it starts on (0 for rows not read from a file).</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells);

/// <summary>Rows already in memory: those generated from the Conclusion, and test fixtures.</summary>
public sealed record InMemoryRows(IReadOnlyList<TableRow> Rows) : ITableRows
{
    public IEnumerable<TableRow> Read() => Rows;
}
