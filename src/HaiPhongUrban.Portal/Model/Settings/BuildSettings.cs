namespace HaiPhongUrban.Portal.Model.Settings;

/// <summary>Models validated site settings: what site.yml says, and its values in the interface language.</summary>
public static class BuildSettings
{
    public static SiteSettings Run(RawSiteSettings written) => new(
        written.Title, written.Description, written.Language, written.BaseUrl,
        written.PublisherName, written.PublisherUrl, written.ContactEmail, written.ContactUrl,
        written.EditorialLicenseName, written.EditorialLicenseUrl, written.OfficialTextStatement,
        InterfaceWording(written));

    /// <summary>
    /// site.yml's values in the interface language: the top-level ones for Vietnamese, else the
    /// translation (validation has required every value the top level fills in). A licence URL the
    /// translation leaves out is the top-level one: the licence is the same, only its page differs.
    /// </summary>
    private static SiteWording InterfaceWording(RawSiteSettings written) =>
        written.Translations.TryGetValue(written.Language, out var t) && written.Language != SiteSettings.ContentLanguage
            ? new SiteWording(t.Title, t.Description, t.PublisherName, t.EditorialLicenseName, t.EditorialLicenseUrl.Length > 0 ? t.EditorialLicenseUrl : written.EditorialLicenseUrl, t.OfficialTextStatement)
            : new SiteWording(written.Title, written.Description, written.PublisherName, written.EditorialLicenseName, written.EditorialLicenseUrl, written.OfficialTextStatement);
}
