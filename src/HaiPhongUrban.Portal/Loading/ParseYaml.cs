using HaiPhongUrban.Portal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Loading;

/// <summary>
/// Parses YAML into YamlDotNet's node tree rather than straight into objects: every node keeps
/// its line and column, so each later check can point staff at the exact place.
/// </summary>
public static class ParseYaml
{
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after '---').</param>
    public static YamlNode? Parse(string path, string text, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(new SourceLocation(path, 1 + lineOffset, 1), Messages.FileEmpty);
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(new SourceLocation(path, 1 + lineOffset, 1), Messages.FileEmpty);
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var mark = ex.Start;
            var reason = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(
                new SourceLocation(path, (int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column)),
                Messages.YamlSyntax,
                Describe(reason));
            return null;
        }
    }

    public static SourceLocation LocationOf(string path, YamlNode node, int lineOffset = 0) =>
        new(path, (int)Math.Max(1, node.Start.Line) + lineOffset, (int)Math.Max(1, node.Start.Column));

    /// <summary>YamlDotNet's messages repeat the position in parentheses; the location already says it.</summary>
    private static string Describe(string reason)
    {
        var cut = reason.IndexOf("(Line:", StringComparison.Ordinal);
        var text = cut > 0 ? reason[..cut] : reason;
        return text.Trim().TrimEnd('.');
    }
}
