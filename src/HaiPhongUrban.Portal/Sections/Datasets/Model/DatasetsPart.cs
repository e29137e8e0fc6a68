using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>The datasets as modelled, in slug order, and the folder that holds them.</summary>
public sealed record DatasetsPart(IReadOnlyList<Dataset> Datasets, string Folder);

/// <summary>Every dataset as published: the sizes and checksums of the files written, which the pages show.</summary>
public sealed record PublishedDatasets(IReadOnlyList<PublishedDataset> All);

/// <summary>How other sections read the Datasets section's parts of the site.</summary>
public static class DatasetsSite
{
    extension(Site site)
    {
        public IReadOnlyList<Dataset> Datasets => site.Get<DatasetsPart>().Datasets;

        /// <summary>Known once the publish stage has written the downloads.</summary>
        public IReadOnlyList<PublishedDataset> PublishedDatasets => site.Get<PublishedDatasets>().All;
    }
}
