using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;

namespace HaiPhongUrban.Portal.Model.Settings;

/// <summary>
/// Checks <c>site.yml</c>. Values staff have not filled in yet are warnings, never guesses: the page
/// says "not stated yet" where they would appear.
/// </summary>
public static class ValidateSettings
{
    public static void Run(RawSiteSettings settings, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        // A strings file that exists but failed to load has already been reported as such.
        if (!theme.Strings.ContainsKey(settings.Language) && !File.Exists(Path.Combine(theme.Directory, "i18n", settings.Language + ".yml")))
        {
            diagnostics.Error(settings.LanguageLocation, Messages.LanguageWithoutStrings, settings.Language);
        }

        if (settings.BaseUrl.Length == 0)
        {
            diagnostics.Warning(settings.Locations["base_url"], Messages.BaseUrlNotFilled);
        }
        else if (!IsAbsoluteWebUrl(settings.BaseUrl))
        {
            diagnostics.Error(settings.Locations["base_url"], Messages.UrlInvalid, settings.BaseUrl, "base_url");
        }

        if (settings.PublisherName.Length == 0)
        {
            diagnostics.Warning(settings.Locations["publisher.name"], Messages.PublisherNotFilled);
        }

        if (settings.ContactEmail.Length == 0 && settings.ContactUrl.Length == 0)
        {
            diagnostics.Warning(settings.Locations["contact.email"], Messages.ContactNotFilled);
        }

        foreach (var (key, value) in new[] { ("publisher.url", settings.PublisherUrl), ("contact.url", settings.ContactUrl), ("licenses.editorial.url", settings.EditorialLicenseUrl) })
        {
            if (value.Length > 0 && !IsAbsoluteWebUrl(value))
            {
                diagnostics.Error(settings.Locations[key], Messages.UrlInvalid, value, key);
            }
        }

        CheckTranslations(settings, diagnostics);
    }

    /// <summary>
    /// The title, description, publisher and licences are shown around every page, so an interface in
    /// another language than the content needs each of them in that language (those filled in at the
    /// top, at least); without them the header and footer would stay Vietnamese.
    /// </summary>
    private static void CheckTranslations(RawSiteSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var translation in settings.Translations.Values)
        {
            if (translation.Language == SiteSettings.ContentLanguage)
            {
                diagnostics.Error(translation.Location, Messages.SiteTranslationOfContentLanguage, translation.Language);
            }

            if (translation.EditorialLicenseUrl.Length > 0 && !IsAbsoluteWebUrl(translation.EditorialLicenseUrl))
            {
                diagnostics.Error(translation.Locations["licenses.editorial.url"], Messages.UrlInvalid, translation.EditorialLicenseUrl, $"translations.{translation.Language}.licenses.editorial.url");
            }
        }

        if (settings.Language == SiteSettings.ContentLanguage)
        {
            return;
        }

        if (!settings.Translations.TryGetValue(settings.Language, out var chosen))
        {
            diagnostics.Error(settings.LanguageLocation, Messages.SiteTranslationMissing, settings.Language);
            return;
        }

        var values = new[]
        {
            ("title", settings.Title, chosen.Title),
            ("description", settings.Description, chosen.Description),
            ("publisher.name", settings.PublisherName, chosen.PublisherName),
            ("licenses.editorial.name", settings.EditorialLicenseName, chosen.EditorialLicenseName),
            ("licenses.official_text", settings.OfficialTextStatement, chosen.OfficialTextStatement),
        };
        foreach (var (key, _, _) in values.Where(v => v.Item2.Length > 0 && v.Item3.Length == 0))
        {
            diagnostics.Error(chosen.Locations[key], Messages.SiteTranslationValueMissing, settings.Language, key);
        }
    }

    private static bool IsAbsoluteWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
