using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Kernel.Theme;

/// <summary>
/// Reads <c>theme/</c>: <c>layouts/*.liquid</c> (one per kind of page, plus <c>base</c>),
/// <c>partials/*.liquid</c>, <c>i18n/*.yml</c> and <c>assets/*</c>. Templates are parsed later, by the
/// render stage, so that a template error is reported with the content errors in one run.
/// </summary>
public static class LoadTheme
{
    public static ThemeFiles Run(string themeDirectory, DiagnosticBag diagnostics)
    {
        // A link out of the theme is skipped, not read: a missing layout or asset is then reported as
        // missing, beside the link's own error, rather than every theme file being reported missing.
        var refused = FindLinksOutside.Run(themeDirectory, "theme", diagnostics);
        IEnumerable<string> Files(string folder, string pattern) =>
            LoadTheme.Files(folder, pattern).Where(path => !refused.Any(link => FindLinksOutside.Inside(path, link)));

        return new ThemeFiles(
            themeDirectory,
            Templates(Files(Path.Combine(themeDirectory, "layouts"), "*.liquid"), diagnostics),
            Templates(Files(Path.Combine(themeDirectory, "partials"), "*.liquid"), diagnostics),
            StringTables(Files(Path.Combine(themeDirectory, "i18n"), "*.yml"), diagnostics),
            Assets(Files(Path.Combine(themeDirectory, "assets"), "*"), diagnostics));
    }

    private static IReadOnlyDictionary<string, TemplateSource> Templates(IEnumerable<string> files, DiagnosticBag diagnostics)
    {
        var templates = new SortedDictionary<string, TemplateSource>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var text = ReadTextFile.Read(path, diagnostics);
            if (text is not null)
            {
                var name = Path.GetFileNameWithoutExtension(path);
                templates[name] = new TemplateSource(name, path, text);
            }
        }

        return templates;
    }

    private static IReadOnlyDictionary<string, StringTable> StringTables(IEnumerable<string> files, DiagnosticBag diagnostics)
    {
        var tables = new SortedDictionary<string, StringTable>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var node = ReadYamlFile.Read(path, diagnostics);
            if (YamlMap.From(node, path, diagnostics, "i18n") is not null && node is YamlMappingNode mapping)
            {
                var keys = new SortedSet<string>(StringComparer.Ordinal);
                var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
                tables[Path.GetFileNameWithoutExtension(path)] = new StringTable(path, Nested(mapping, string.Empty, keys, locations, path, diagnostics), keys)
                {
                    Locations = locations,
                };
            }
        }

        return tables;
    }

    private static Dictionary<string, object> Nested(
        YamlMappingNode mapping, string prefix, ISet<string> keys, Dictionary<string, SourceLocation> locations, string path, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Error(ParseYaml.LocationOf(path, keyNode), Messages.YamlExpectedText, prefix.TrimEnd('.'));
                continue;
            }

            var dotted = prefix + key;
            locations[dotted] = ParseYaml.LocationOf(path, keyNode);
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    values[key] = scalar.Value ?? string.Empty;
                    keys.Add(dotted);
                    break;
                case YamlMappingNode child:
                    values[key] = Nested(child, dotted + ".", keys, locations, path, diagnostics);
                    break;
                default:
                    diagnostics.Error(ParseYaml.LocationOf(path, valueNode), Messages.YamlExpectedText, dotted);
                    break;
            }
        }

        return values;
    }

    private static IReadOnlyList<ThemeAsset> Assets(IEnumerable<string> files, DiagnosticBag diagnostics) =>
        files
            .Select(path => ReadTextFile.ReadBytes(path, diagnostics) is { } bytes ? new ThemeAsset(Path.GetFileName(path), path, bytes) : null)
            .OfType<ThemeAsset>()
            .ToList();

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];
}
