using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Conclusion.Content;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Validation;

/// <summary>
/// Checks the editorial links of <c>lien-ket.yml</c> against the wording: each joins a task group to a
/// limitation or a result that exist, and both quotes are the text's own words, so that a link can
/// never claim what the Conclusion does not say. A limitation no link answers is a warning, not an
/// error: the page then says plainly that none is recorded, which is an honest state.
/// </summary>
public static class ValidateTraceLinks
{
    public static void Run(RawConclusion content, FullTextIndex conclusion, DiagnosticBag diagnostics)
    {
        // Without the wording every id would be unknown: noise that hides the one real error.
        if (content.Text.Text is null)
        {
            return;
        }

        var taskGroups = IdsOf(conclusion, ItemKind.TaskGroup);
        var limitations = IdsOf(conclusion, ItemKind.Limitation);
        var results = IdsOf(conclusion, ItemKind.Result);
        var seen = new Dictionary<(string, string), int>();
        var answered = new HashSet<string>(StringComparer.Ordinal);

        foreach (var link in content.TraceLinks)
        {
            var task = link.TaskGroup;
            var taskKnown = Known(task, taskGroups, Messages.TraceNotTaskGroup, diagnostics);
            if (taskKnown)
            {
                Quoted(link.TaskWords, task.Value, conclusion, diagnostics);
            }

            if ((link.Answers is null) == (link.BuildsOn is null))
            {
                diagnostics.Error(link.Location, Messages.TraceTargetChoice);
                continue;
            }

            var target = link.Answers ?? link.BuildsOn!;
            var targetKnown = link.Answers is not null
                ? Known(target, limitations, Messages.TraceNotLimitation, diagnostics)
                : Known(target, results, Messages.TraceNotResult, diagnostics);
            if (!targetKnown)
            {
                continue;
            }

            Quoted(link.TargetWords, target.Value, conclusion, diagnostics);
            if (link.Answers is not null && taskKnown)
            {
                answered.Add(target.Value);
            }

            if (taskKnown && !seen.TryAdd((task.Value, target.Value), link.Location.Line))
            {
                diagnostics.Error(link.Location, Messages.TraceLinkDuplicate, task.Value, target.Value,
                    seen[(task.Value, target.Value)].ToString(CultureInfo.InvariantCulture));
            }
        }

        var file = SourceLocation.StartOf(content.TraceLinksPath);
        foreach (var limitation in limitations.Where(id => !answered.Contains(id)))
        {
            diagnostics.Warning(file, Messages.TraceLimitationUnanswered, limitation);
        }
    }

    private static List<string> IdsOf(FullTextIndex conclusion, ItemKind kind) =>
        conclusion.KindOf.Where(pair => pair.Value == kind.Name()).Select(pair => pair.Key).ToList();

    private static bool Known(Located<string> id, List<string> allowed, Message message, DiagnosticBag diagnostics)
    {
        if (allowed.Contains(id.Value))
        {
            return true;
        }

        // An empty id was already reported as missing by the loader.
        if (id.Value.Length > 0)
        {
            diagnostics.Error(id.Location, message, id.Value, string.Join(", ", allowed));
        }

        return false;
    }

    private static void Quoted(Located<string> words, string paragraphId, FullTextIndex conclusion, DiagnosticBag diagnostics)
    {
        if (words.Value.Length > 0 && TextSearch.CountWords(conclusion.Paragraphs[paragraphId].Text, words.Value) == 0)
        {
            diagnostics.Error(words.Location, Messages.TraceWordsNotFound, words.Value, paragraphId);
        }
    }
}
