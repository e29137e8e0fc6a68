using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation;

/// <summary>
/// site.yml's interface language: one without strings is refused, and one other than Vietnamese needs
/// the values pages show around the content (title, description, licences) in that language, each
/// missing one named at its line.
/// </summary>
public sealed class ValidateSettingsTests
{
    [Fact]
    public void A_language_without_a_strings_file_is_refused_at_its_value()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("fr");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        var line = LineOf(workspace.ContentFile("site.yml"), "language:");
        Assert.Contains($"content/site.yml:{line}:11: error: The interface language 'fr' has no theme/i18n/fr.yml. Create that file or use 'vi'.", errors);
    }

    [Fact]
    public void An_english_interface_without_translations_is_refused_at_the_language()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        var settings = workspace.ContentFile("site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Split("\n# Bản dịch")[0] + "\n");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        var line = LineOf(settings, "language:");
        var error = Assert.Single(errors);
        Assert.StartsWith($"content/site.yml:{line}:11: error: The interface language is 'en', but site.yml has no 'translations: en:' block", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_english_value_is_named_with_the_line_of_its_block()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        workspace.Edit("content/site.yml", "    title: Hai Phong Urban Planning Portal\n", string.Empty);
        workspace.Edit("content/site.yml", "        name: Creative Commons Attribution 4.0 International (CC BY 4.0)\n", "        name: \"\"\n");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        var settings = workspace.ContentFile("site.yml");
        Assert.Equal(
            [
                $"content/site.yml:{LineOf(settings, "  en:")}:3: error: The interface is in 'en', so 'title' (shown on the pages) needs its 'en' version at translations.en.title. Fill in the translation.",
                $"content/site.yml:{LineOf(settings, "        name: \"\"")}:9: error: The interface is in 'en', so 'licenses.editorial.name' (shown on the pages) needs its 'en' version at translations.en.licenses.editorial.name. Fill in the translation.",
            ],
            errors);
    }

    [Fact]
    public void A_vietnamese_translation_is_refused_since_the_top_of_the_file_is_vietnamese()
    {
        using var workspace = Workspace.Create();
        workspace.Edit("content/site.yml", "translations:\n  en:\n", "translations:\n  vi:\n    title: Cổng\n  en:\n");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        var line = LineOf(workspace.ContentFile("site.yml"), "  vi:");
        Assert.Equal([$"content/site.yml:{line}:3: error: The values at the top of site.yml are already Vietnamese; 'translations' holds other languages only. Delete this 'vi:' block or edit the values at the top of the file."], errors);
    }

    [Fact]
    public void An_unknown_field_in_a_translation_is_reported_like_any_other()
    {
        using var workspace = Workspace.Create();
        workspace.Edit("content/site.yml", "    title: Hai Phong Urban Planning Portal\n", "    title: Hai Phong Urban Planning Portal\n    tittle: typo\n");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        var line = LineOf(workspace.ContentFile("site.yml"), "    tittle:");
        Assert.Equal([$"content/site.yml:{line}:5: error: The field 'tittle' is not used here (a typo?). Valid fields: title, description, publisher, licenses."], errors);
    }

    [Fact]
    public void The_seed_content_builds_with_an_english_interface()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");

        var result = Runs.Build(workspace, write: false);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        Assert.All(result.Diagnostics, d => Assert.EndsWith("-not-filled", d.Message.Code, StringComparison.Ordinal));
    }

    private static int LineOf(string file, string start) =>
        File.ReadAllLines(file).Select((text, index) => (text, index)).Single(l => l.text.StartsWith(start, StringComparison.Ordinal)).index + 1;
}
