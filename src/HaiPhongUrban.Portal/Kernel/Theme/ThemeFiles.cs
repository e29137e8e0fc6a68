using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Theme;

/// <summary>Everything read from <c>theme/</c>: Liquid layouts and partials, interface strings per language, assets.</summary>
public sealed record ThemeFiles(
    string Directory,
    IReadOnlyDictionary<string, TemplateSource> Layouts,
    IReadOnlyDictionary<string, TemplateSource> Partials,
    IReadOnlyDictionary<string, StringTable> Strings,
    IReadOnlyList<ThemeAsset> Assets);

/// <summary>A Liquid file; <see cref="Name"/> is its file name without <c>.liquid</c>.</summary>
public sealed record TemplateSource(string Name, string FilePath, string Text);

/// <summary>
/// The interface strings of one language (<c>theme/i18n/&lt;lang&gt;.yml</c>) as nested dictionaries for
/// templates (<c>t.nav.home</c>), and the flat set of dotted keys for checks.
/// </summary>
public sealed record StringTable(string FilePath, IReadOnlyDictionary<string, object> Values, IReadOnlySet<string> Keys)
{
    /// <summary>
    /// Where each dotted key is written, strings and the sections holding them alike ("datasets" and
    /// "datasets.formats" as well as "datasets.formats.csv"), so that a key missing from a translation
    /// is reported in the section it belongs to.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>
    /// A string by its path ("document_types", "resolution"), for the build's own use of theme words
    /// (catalogues, the search index). ValidateTheme has made sure each one the build asks for exists.
    /// </summary>
    public string At(params string[] path)
    {
        object node = Values;
        foreach (var key in path)
        {
            node = ((IReadOnlyDictionary<string, object>)node)[key];
        }

        return (string)node;
    }
}

/// <summary>A file of <c>theme/assets/</c>, copied to the output under a fingerprinted name.</summary>
public sealed record ThemeAsset(string FileName, string FilePath, byte[] Bytes);
