namespace HaiPhongUrban.Portal.Sections.Datasets.Content;

/// <summary>The Datasets section's raw part: every <c>datasets/&lt;slug&gt;/dataset.yml</c> as loaded, in slug order.</summary>
public sealed record RawDatasets(string Folder, IReadOnlyList<RawDataset> Datasets);
