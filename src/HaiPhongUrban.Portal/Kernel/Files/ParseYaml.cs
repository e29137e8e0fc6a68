using HaiPhongUrban.Portal.Kernel.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// Parses YAML into YamlDotNet's node tree rather than straight into objects: every node keeps
/// its line and column, so each later check can point staff at the exact place. The events pass
/// through <see cref="YamlEventGuard"/> first, so that no input, however hostile, gets past this
/// method as anything but a diagnostic.
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

        var guard = new YamlEventGuard(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(guard);
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(new SourceLocation(path, 1 + lineOffset, 1), Messages.FileEmpty);
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlEventGuard.Refused refused)
        {
            diagnostics.Error(At(path, refused.Start, lineOffset), refused.Reason, [.. refused.Arguments]);
            return null;
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(At(path, ex.Start, lineOffset), Messages.YamlSyntax, Describe(reason));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // YamlDotNet's own failures on some odd input (a U+2028 line separator inside '[ ]' throws
            // InvalidOperationException from its scanner): still the file's problem, so reported at the
            // last place the parser read well, never passed on as a crash.
            diagnostics.Error(At(path, guard.LastGood, lineOffset), Messages.YamlParserFailed);
            return null;
        }
    }

    public static SourceLocation LocationOf(string path, YamlNode node, int lineOffset = 0) => At(path, node.Start, lineOffset);

    private static SourceLocation At(string path, Mark mark, int lineOffset) =>
        new(path, (int)Math.Clamp(mark.Line, 1, int.MaxValue - lineOffset) + lineOffset, (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    /// <summary>YamlDotNet's messages repeat the position in parentheses; the location already says it.</summary>
    private static string Describe(string reason)
    {
        var cut = reason.IndexOf("(Line:", StringComparison.Ordinal);
        var text = cut > 0 ? reason[..cut] : reason;
        return text.Trim().TrimEnd('.');
    }
}
