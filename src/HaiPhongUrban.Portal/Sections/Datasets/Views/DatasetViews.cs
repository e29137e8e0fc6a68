using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Datasets.Views;

/// <summary>
/// A page of the catalogue: every dataset, or those of one theme or keyword, sorted by title or by
/// date. <see cref="Filter"/> is empty on the full catalogue.
/// </summary>
public sealed record DatasetListView(
    string Filter,
    string FilterKind,
    string Sort,
    string SortByTitleUrl,
    string SortByDateUrl,
    string AllUrl,
    IReadOnlyList<DatasetCardView> Datasets,
    IReadOnlyList<FacetView> Themes,
    IReadOnlyList<FacetView> Keywords,
    IReadOnlyList<LinkView> Catalogues);

/// <summary>
/// One dataset as the catalogue lists it; <see cref="RowCount"/> chooses "row" or "rows" in languages that
/// tell them apart. <see cref="Formats"/> are the tables' formats (theme keys), <see cref="FileFormats"/>
/// the names of its generated files' formats ("GeoJSON").
/// </summary>
public sealed record DatasetCardView(
    string Url,
    string Title,
    string Description,
    string ModifiedDisplay,
    string ModifiedIso,
    int ResourceCount,
    string RowCountDisplay,
    IReadOnlyList<string> Formats,
    IReadOnlyList<LinkView> Themes,
    long RowCount,
    IReadOnlyList<string> FileFormats);

/// <summary>A filter link of the catalogue with how many datasets it leads to.</summary>
public sealed record FacetView(string Label, string Url, int Count, bool Current);

/// <summary>
/// The page of one dataset. <see cref="BoundingBox"/> is its spatial extent as "W,S,E,N" (WGS84 degrees),
/// empty when none of its files gives one; <see cref="Checksums"/> is the checksum list of its files, beside them.
/// </summary>
public sealed record DatasetView(
    string Slug,
    string Title,
    string Description,
    string PublisherName,
    string PublisherUrl,
    string ContactName,
    string ContactEmail,
    string ContactUrl,
    string LicenseName,
    string LicenseUrl,
    string Rights,
    IReadOnlyList<LinkView> Keywords,
    IReadOnlyList<LinkView> Themes,
    string IssuedDisplay,
    string IssuedIso,
    string ModifiedDisplay,
    string ModifiedIso,
    string Frequency,
    string TemporalStartDisplay,
    string TemporalStartIso,
    string TemporalEndDisplay,
    string TemporalEndIso,
    string Spatial,
    string SourceName,
    string SourceUrl,
    IReadOnlyList<ChangeView> Changes,
    IReadOnlyList<ResourceView> Resources,
    DownloadView DataPackage,
    string CiteAuthor,
    string CiteYear,
    string CiteUrl,
    string BibTex,
    string CatalogueUrl,
    IReadOnlyList<FileResourceView> Files,
    string BoundingBox,
    LinkView Checksums);

public sealed record ChangeView(string DateDisplay, string DateIso, string Note);

/// <summary>One resource on its dataset's page: data dictionary, preview, downloads. <see cref="RowCount"/> chooses "row" or "rows".</summary>
public sealed record ResourceView(
    string Anchor,
    string Name,
    string Title,
    string Description,
    string RowCountDisplay,
    int PreviewCount,
    IReadOnlyList<FieldView> Fields,
    IReadOnlyList<IReadOnlyList<PreviewCellView>> PreviewRows,
    IReadOnlyList<DownloadView> Downloads,
    DownloadView Schema,
    long RowCount);

/// <summary>
/// One generated file on its dataset's page: what it is and its one download, no preview.
/// <see cref="BoundingBox"/> is "W,S,E,N", empty when the file has no extent.
/// </summary>
public sealed record FileResourceView(
    string Anchor,
    string Name,
    string Title,
    string Description,
    string FormatName,
    string Url,
    string FileName,
    string MediaType,
    string SizeDisplay,
    string Sha256,
    string BoundingBox);

/// <summary>
/// A column of the data dictionary; <see cref="References"/> names the column a foreign key points at.
/// A column with categories lists them in <see cref="Categories"/>, each code with its label, and has
/// <see cref="Enum"/> empty; otherwise <see cref="Enum"/> is its allowed values, if any.
/// </summary>
public sealed record FieldView(
    string Name,
    string Title,
    string Type,
    string Description,
    bool Required,
    bool Unique,
    string Enum,
    string References,
    string ReferencesUrl,
    IReadOnlyList<CategoryView> Categories);

/// <summary>One allowed value of a column and the words shown for it ("" when it has none).</summary>
public sealed record CategoryView(string Value, string Label);

/// <summary>
/// One cell of the preview: <see cref="Text"/> is what the reader sees, the label of a coded value or the
/// value itself; <see cref="Value"/> is the code as the files hold it when a label stands in for it, else "".
/// </summary>
public sealed record PreviewCellView(string Text, string Value);

/// <summary>One file to download: <see cref="Format"/> is a key of the theme's <c>datasets.formats</c> strings.</summary>
public sealed record DownloadView(string Format, string Url, string FileName, string MediaType, string SizeDisplay, string Sha256);
