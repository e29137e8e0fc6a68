using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Topics.Model;
namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>
/// One dataset of the catalogue (a folder of <c>content/datasets/</c>): its description with every
/// default from <c>site.yml</c> already applied, and its resources: its tables (<see cref="Resources"/>)
/// and its generated files (<see cref="Files"/>), each list in dataset.yml's order. Immutable.
/// <see cref="Rights"/> states what the licence does not cover (the official wording), or is empty.
/// </summary>
public sealed record Dataset(
    string Slug,
    string Title,
    string Description,
    Agent Publisher,
    ContactPoint Contact,
    License License,
    string Rights,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<Topic> Themes,
    DateOnly Issued,
    DateOnly Modified,
    UpdateFrequency Frequency,
    DateOnly? TemporalStart,
    DateOnly? TemporalEnd,
    string Spatial,
    Agent Source,
    IReadOnlyList<ChangeEntry> Changes,
    IReadOnlyList<DataResource> Resources,
    string SourcePath)
{
    /// <summary>The files another section makes, which the dataset publishes as they are (no preview, no schema).</summary>
    public IReadOnlyList<DataFile> Files { get; init; } = [];
}

/// <summary>A named organisation or document with an optional web address ("" when not known).</summary>
public sealed record Agent(string Name, string Url);

public sealed record ContactPoint(string Name, string Email, string Url);

public sealed record License(string Name, string Url);

/// <summary>One dated entry of a dataset's change log, newest first on the page.</summary>
public sealed record ChangeEntry(DateOnly Date, string Note);

/// <summary>
/// One table of a dataset. Its rows are read on demand (<see cref="Rows"/>), never all held in memory,
/// so a resource of a million rows costs no more memory than one of ten.
/// </summary>
public sealed record DataResource(string Name, string Title, string Description, TableSchema Schema, ITableRows Rows);

/// <summary>
/// A resource of a dataset that is a file another section makes (<c>generated_from:</c> naming a
/// <see cref="FileSource"/>): its name and wording from dataset.yml, its bytes and extent from the source.
/// </summary>
public sealed record DataFile(string Name, string Title, string Description, FileSource Source);
