using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation;

/// <summary>
/// A strings file that is not as complete as vi.yml: an error at its place when it is the interface
/// language (a page would lose words), a warning otherwise (staff learn it, the Vietnamese site builds).
/// </summary>
public sealed class ValidateThemeTests
{
    private const string NotFoundLead = "  lead: There is no page at this address on the portal. The address may be mistyped, or the page may have moved.\n";

    [Fact]
    public void A_key_missing_from_the_interface_languages_file_is_an_error_in_its_section()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        workspace.Edit("theme/i18n/en.yml", NotFoundLead, string.Empty);

        var result = Runs.Build(workspace);
        var errors = Runs.Errors(result, workspace.Root);

        Assert.False(result.Succeeded);
        var line = LineOf(workspace.ThemeFile("i18n/en.yml"), "not_found:");
        var error = Assert.Single(errors);
        Assert.Equal($"theme/i18n/en.yml:{line}:1: error: The key 'not_found.lead' is in vi.yml but not in en.yml, so the interface in that language would miss those words. Add the key, translated, to en.yml.", error);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void A_key_missing_from_another_languages_file_is_a_warning_and_the_site_builds()
    {
        using var workspace = Workspace.Create();
        workspace.Edit("theme/i18n/en.yml", NotFoundLead, string.Empty);

        var result = Runs.Build(workspace, write: false);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Code == "string-untranslated");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(workspace.ThemeFile("i18n/en.yml"), warning.Location.FilePath);
    }

    [Fact]
    public void A_key_only_the_translation_has_is_a_warning_at_that_key()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        workspace.Edit("theme/i18n/en.yml", "  suggestions: You could start from\n", "  suggestions: You could start from\n  sugestions: typo\n");

        var result = Runs.Build(workspace, write: false);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Code == "string-not-in-reference");
        Assert.Equal(LineOf(workspace.ThemeFile("i18n/en.yml"), "  sugestions:"), warning.Location.Line);
        Assert.Contains("'not_found.sugestions'", warning.Text(UiLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_with_other_placeholders_is_an_error_at_its_line()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        workspace.Edit("theme/i18n/en.yml", "results: \"{count} results for «{query}».\"", "results: \"{total} results for «{query}».\"");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        var line = LineOf(workspace.ThemeFile("i18n/en.yml"), "  results:");
        Assert.Equal([$"theme/i18n/en.yml:{line}:3: error: The string 'search.results' has the placeholders {{count}} {{query}} in vi.yml but {{query}} {{total}} in en.yml. Both must have exactly the same placeholders (such as {{count}}); correct the translation."], errors);
    }

    [Fact]
    public void An_english_interface_needs_vi_yml_too_for_the_catalogues_and_search_index()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        File.Delete(workspace.ThemeFile("i18n/vi.yml"));

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        Assert.Equal(["theme/i18n/vi.yml:1:1: error: The required file i18n/vi.yml is missing. Create it (see README, \"Where content lives\")."], errors);
    }

    private static int LineOf(string file, string start) =>
        File.ReadAllLines(file).Select((text, index) => (text, index)).Single(l => l.text.StartsWith(start, StringComparison.Ordinal)).index + 1;
}
