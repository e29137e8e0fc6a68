using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Diagnostics;

namespace HaiPhongUrban.Portal.Validation;

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
    }

    private static bool IsAbsoluteWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
