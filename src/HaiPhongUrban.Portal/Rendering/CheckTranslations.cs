using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Compares every strings file of the theme with <c>vi.yml</c>, the reference: the same keys, and in
/// each string the same placeholders ({count}, {query}). For the interface language a gap is an error,
/// since a page would lose words; for the other files it is a warning, so that staff who add a key to
/// vi.yml learn that en.yml needs it too without their Vietnamese build being stopped.
/// </summary>
public static partial class CheckTranslations
{
    public static void Run(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        if (!theme.Strings.TryGetValue(SiteSettings.ContentLanguage, out var reference))
        {
            return; // reported by ValidateTheme (or, for a Vietnamese interface, by ValidateSettings)
        }

        var referenceName = Path.GetFileName(reference.FilePath);
        foreach (var (code, table) in theme.Strings.Where(t => t.Key != SiteSettings.ContentLanguage))
        {
            var report = code == language ? (Action<SourceLocation, Message, string[]>)diagnostics.Error : diagnostics.Warning;
            var name = Path.GetFileName(table.FilePath);
            foreach (var key in reference.Keys.Where(k => !table.Keys.Contains(k)))
            {
                report(NearestSection(table, key), Messages.StringUntranslated, [key, name, referenceName]);
            }

            foreach (var key in table.Keys.Where(k => !reference.Keys.Contains(k)))
            {
                diagnostics.Warning(table.Locations.GetValueOrDefault(key) ?? SourceLocation.StartOf(table.FilePath), Messages.StringNotInReference, key, name, referenceName);
            }

            foreach (var key in reference.Keys.Where(table.Keys.Contains))
            {
                var expected = Placeholders(reference.At(key.Split('.')));
                var actual = Placeholders(table.At(key.Split('.')));
                if (expected != actual)
                {
                    report(table.Locations.GetValueOrDefault(key) ?? SourceLocation.StartOf(table.FilePath), Messages.StringPlaceholders, [key, Shown(expected), referenceName, Shown(actual), name]);
                }
            }
        }
    }

    /// <summary>Where a missing key belongs: its closest section that the file has ("datasets.formats"), else the file's start.</summary>
    private static SourceLocation NearestSection(StringTable table, string key)
    {
        for (var cut = key.LastIndexOf('.'); cut > 0; cut = key.LastIndexOf('.', cut - 1))
        {
            if (table.Locations.TryGetValue(key[..cut], out var location))
            {
                return location;
            }
        }

        return SourceLocation.StartOf(table.FilePath);
    }

    /// <summary>The placeholders of a string, sorted and joined, so that two strings compare as sets.</summary>
    private static string Placeholders(string text) =>
        string.Join(' ', Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    private static string Shown(string placeholders) => placeholders.Length > 0 ? placeholders : "—";

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}")]
    private static partial Regex Placeholder();
}
