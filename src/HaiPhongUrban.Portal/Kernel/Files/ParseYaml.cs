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
            var (message, place) = Classify(reason, text, ex.Start);
            diagnostics.Error(At(path, place, lineOffset), message, Describe(reason));
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

    /// <summary>
    /// The common mistakes, named in the interface's language rather than in the YAML reader's English
    /// (which the English wording of <see cref="Messages.YamlSyntax"/> still quotes for the rest). A tab is
    /// reported where it is: YamlDotNet gives the start of the mapping it was reading (1:1 for a tab on
    /// line 11), so the first tab in any line's indentation is the place.
    /// </summary>
    private static (Message Message, Mark Place) Classify(string reason, string text, Mark start)
    {
        bool Says(string words) => reason.Contains(words, StringComparison.OrdinalIgnoreCase);
        if (Says("tab"))
        {
            return (Messages.YamlTab, FirstIndentingTab(text) ?? start);
        }

        return (Says("did not find expected key") ? Messages.YamlExpectedKey
            : Says("invalid mapping") || Says("mapping values are not allowed") ? Messages.YamlColonInValue
            : Says("could not find expected ':'") ? Messages.YamlMissingColon
            : Says("quoted scalar") ? Messages.YamlUnclosedQuote
            : Messages.YamlSyntax, start);
    }

    /// <summary>Where the first tab in the indentation of a line is (before its first character that is not a space, a tab or a list's '- ').</summary>
    private static Mark? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            for (var j = 0; j < lines[i].Length && lines[i][j] is ' ' or '\t' or '-'; j++)
            {
                if (lines[i][j] == '\t')
                {
                    return new Mark(0, i + 1, j + 1);
                }
            }
        }

        return null;
    }

    /// <summary>YamlDotNet's messages repeat the position in parentheses; the location already says it.</summary>
    private static string Describe(string reason)
    {
        var cut = reason.IndexOf("(Line:", StringComparison.Ordinal);
        var text = cut > 0 ? reason[..cut] : reason;
        return text.Trim().TrimEnd('.');
    }
}
