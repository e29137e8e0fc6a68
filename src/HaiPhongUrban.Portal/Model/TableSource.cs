using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// A table a section draws from its own content, which a dataset publishes with <c>generated_from: Name</c>.
/// Its columns are known from the content alone, so validation checks a dataset's schema against them; its
/// rows come from the typed site, once the section that owns the table has modelled its part.
/// </summary>
/// <summary>
/// Columns a section reads by name from a dataset's table (the tracker page reads the tracker's): when
/// dataset.yml and the CSV header name such a column differently, the one that gives the name the section
/// reads is right, so the mistake is reported in the other.
/// </summary>
public sealed record ColumnsRead(string Resource, IReadOnlyList<string> Columns);

public sealed record TableSource(string Name, IReadOnlyList<string> Columns, Func<Site, IReadOnlyList<TableRow>> Rows);
