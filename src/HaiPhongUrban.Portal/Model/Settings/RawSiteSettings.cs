using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Model.Settings;

/// <summary><c>site.yml</c> as written; empty strings are values staff have not filled in yet.</summary>
public sealed record RawSiteSettings(
    string FilePath,
    string Title,
    string Description,
    string Language,
    SourceLocation LanguageLocation,
    string BaseUrl,
    string PublisherName,
    string PublisherUrl,
    string ContactEmail,
    string ContactUrl,
    string EditorialLicenseName,
    string EditorialLicenseUrl,
    string OfficialTextStatement)
{
    /// <summary>Where each optional setting is written, for warnings about the ones left empty.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The <c>translations:</c> block by language: these values for an interface that is not Vietnamese.</summary>
    public IReadOnlyDictionary<string, RawSiteTranslation> Translations { get; init; } = new Dictionary<string, RawSiteTranslation>();
}
