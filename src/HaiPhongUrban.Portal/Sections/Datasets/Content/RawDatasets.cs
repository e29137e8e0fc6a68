namespace HaiPhongUrban.Portal.Sections.Datasets.Content;

/// <summary>The Datasets section's raw part: every <c>datasets/&lt;slug&gt;/dataset.yml</c> as loaded, in slug order.</summary>
public sealed record RawDatasets(string Folder, IReadOnlyList<RawDataset> Datasets)
{
    /// <summary>
    /// The dataset folders whose dataset.yml is missing or could not be read (each already reported): what
    /// they describe is unknown, so a check that misses a table there says nothing rather than blame content
    /// that may well hold it.
    /// </summary>
    public IReadOnlyList<string> Unreadable { get; init; } = [];
}
