using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Architecture;

/// <summary>
/// Which namespace of the portal each source file imports, read from its <c>using</c> directives: the
/// imports a reviewer sees. A name qualified in code (<c>Kernel.Urls.UrlPath</c>) would hide one, so
/// <see cref="QualifiedNames"/> lists them for the test to refuse. A file's own namespace is its folder
/// (the house rule: one namespace per folder), so namespaces stand for folders.
/// </summary>
public sealed partial class ImportGraph
{
    private const string Root = "HaiPhongUrban.Portal";

    private ImportGraph(IReadOnlyList<(string From, string To, string File)> edges) => Edges = edges;

    /// <summary>Every import: the importing file's namespace, the imported namespace, and the file.</summary>
    public IReadOnlyList<(string From, string To, string File)> Edges { get; }

    public static ImportGraph Of(string sourceFolder)
    {
        var edges = new List<(string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } own)
            {
                continue;
            }

            var shown = Path.GetRelativePath(sourceFolder, file).Replace('\\', '/');
            var imported = Using().Matches(text).Select(m => m.Groups["ns"].Value).Distinct(StringComparer.Ordinal);
            edges.AddRange(imported.Where(ns => ns != own.Groups["ns"].Value).Select(ns => (own.Groups["ns"].Value, ns, shown)));
        }

        return new ImportGraph(edges);
    }

    /// <summary>Every code line (not a directive, not a comment) that names a portal namespace in full, as "file:line: text".</summary>
    public static IReadOnlyList<string> QualifiedNames(string sourceFolder) =>
        Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("using ", StringComparison.Ordinal) && !l.Text.StartsWith("namespace ", StringComparison.Ordinal)
                && !l.Text.StartsWith("//", StringComparison.Ordinal) && Qualified().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(sourceFolder, l.File)}:{l.Line}: {l.Text}")
            .ToList();

    /// <summary>A graph given edge by edge, to show that the checks below find what they look for.</summary>
    public static ImportGraph FromEdges(params (string From, string To)[] edges) =>
        new(edges.Select(e => ($"{Root}.{e.From}", $"{Root}.{e.To}", "test")).ToList());

    /// <summary>The top-level folder of a namespace ("Sections" for HaiPhongUrban.Portal.Sections.Datasets.Model).</summary>
    public static string TopLevel(string ns) => Segments(ns).FirstOrDefault() ?? string.Empty;

    /// <summary>The section a namespace belongs to ("Datasets"), or null outside a section's folder.</summary>
    public static string? SectionOf(string ns) => Segments(ns) is ["Sections", var section, ..] && section != "Views" ? section : null;

    /// <summary>The namespace inside its section ("Model" for …Sections.Datasets.Model, "" for the section's root).</summary>
    public static string InsideSection(string ns) => string.Join('.', Segments(ns).Skip(2));

    /// <summary>The imports between different groups, one edge per pair, with the first file that makes it.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Between(Func<string, string?> group) => Edges
        .Select(e => (From: group(e.From), To: group(e.To), e.File))
        .Where(e => e.From is not null && e.To is not null && e.From != e.To)
        .GroupBy(e => (e.From!, e.To!))
        .ToDictionary(g => g.Key, g => g.First().File);

    /// <summary>Every circle among the groups, each as its groups in order ("A → B → A"); none in a clean design.</summary>
    public IReadOnlyList<string> Circles(Func<string, string?> group)
    {
        var edges = Between(group).Keys.ToLookup(e => e.From, e => e.To);
        var nodes = edges.Select(g => g.Key).Concat(edges.SelectMany(g => g)).Distinct().Order(StringComparer.Ordinal).ToList();
        var circles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in nodes)
        {
            // Depth-first from each node, keeping the path: a step back to the start closes a circle.
            var stack = new Stack<List<string>>();
            stack.Push([start]);
            while (stack.Count > 0)
            {
                var path = stack.Pop();
                foreach (var next in edges[path[^1]])
                {
                    if (next == start)
                    {
                        // Written from its smallest node, so each circle is listed once.
                        var smallest = path.Order(StringComparer.Ordinal).First();
                        var at = path.IndexOf(smallest);
                        circles.Add(string.Join(" → ", path.Skip(at).Concat(path.Take(at)).Append(smallest)));
                    }
                    else if (!path.Contains(next))
                    {
                        stack.Push([.. path, next]);
                    }
                }
            }
        }

        return circles.ToList();
    }

    private static string[] Segments(string ns) =>
        ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.') : [];

    [GeneratedRegex(@"^namespace (?<ns>HaiPhongUrban\.Portal[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (?:static )?(?<ns>HaiPhongUrban\.Portal(?:\.\w+)*);", RegexOptions.Multiline)]
    private static partial Regex Using();

    /// <summary>A portal namespace written in code rather than imported: "Kernel.Urls.UrlPath", "Portal.Model.Site".</summary>
    [GeneratedRegex(@"(?<![\w.""])(?:HaiPhongUrban\.Portal|Portal|Kernel|Model|Sections|Rendering|Building|Serving|Cli)\.[A-Z]\w*\.[A-Z]")]
    private static partial Regex Qualified();
}
