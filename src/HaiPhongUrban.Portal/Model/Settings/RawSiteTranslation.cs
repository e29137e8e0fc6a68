using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Model.Settings;

/// <summary>
/// One language of <c>site.yml</c>'s <c>translations:</c> block: the values pages show as interface
/// (title, description, publisher, licences) for an interface in <see cref="Language"/>. Absent values
/// are empty strings; validation decides which ones the chosen interface language needs.
/// </summary>
/// <param name="Location">Where the language's key (<c>en:</c>) is written, for a value that is absent.</param>
public sealed record RawSiteTranslation(
    string Language,
    SourceLocation Location,
    string Title,
    string Description,
    string PublisherName,
    string EditorialLicenseName,
    string EditorialLicenseUrl,
    string OfficialTextStatement)
{
    /// <summary>Where each value is written (by its site.yml path, e.g. "licenses.editorial.name"), or <see cref="Location"/> when it is absent.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();
}
