using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Planning.Content;
using HaiPhongUrban.Portal.Sections.Planning.Model;

namespace HaiPhongUrban.Portal.Sections.Planning.Validation;

/// <summary>
/// Every check of the registry of plans, all reported at once at the line staff wrote: the words of the
/// format, the approval a status requires, the references to other plans and to the registry of documents
/// (and no circle of them), the history's order and its agreement with the decisions, the documents'
/// files and checksums, and the sources every plan needs.
/// </summary>
public static class ValidatePlans
{
    public static void Run(RawPlans raw, IReadOnlySet<string> documentSlugs, DiagnosticBag diagnostics)
    {
        var slugs = raw.Plans.Select(p => p.Slug.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in raw.Plans)
        {
            Slug(plan, diagnostics);
            OneOf(plan.Type, "type", PlanVocabulary.TypeCodes, diagnostics);
            OneOf(plan.Status, "status", PlanVocabulary.StatusCodes, diagnostics);
            Approval(plan, documentSlugs, diagnostics);
            Reference(plan, plan.Parent, "parent", slugs, diagnostics);
            Reference(plan, plan.Supersedes, "supersedes", slugs, diagnostics);
            History(plan, diagnostics);
            CheckPlanDocuments.Run(plan, diagnostics);
            Sources(plan.Sources, plan.Location, diagnostics);
            WebAddress(plan.OfficialViewer, "official_viewer", diagnostics);
        }

        Cycles(raw.Plans, p => p.Parent, "parent", diagnostics);
        Cycles(raw.Plans, p => p.Supersedes, "supersedes", diagnostics);
        CheckDuties.Run(raw.Duties, diagnostics);
    }

    /// <summary>Sources of a plan or a duty: at least one, each a web address read on a given day.</summary>
    public static void Sources(IReadOnlyList<RawSource> sources, SourceLocation owner, DiagnosticBag diagnostics)
    {
        if (sources.Count == 0)
        {
            diagnostics.Error(owner, PlanningMessages.SourcesMissing);
        }

        foreach (var source in sources)
        {
            WebAddress(source.Url, "url", diagnostics);
        }
    }

    /// <summary>An address a citizen follows off the portal: only http(s), never a script or a local path.</summary>
    public static void WebAddress(Located<string> url, string field, DiagnosticBag diagnostics)
    {
        if (url.Value.Length > 0 && !IsWebAddress(url.Value))
        {
            diagnostics.Error(url.Location, PlanningMessages.AddressNotWeb, url.Value, field);
        }
    }

    /// <summary>
    /// The kernel's one check of addresses from content (<see cref="ContentUrl"/>: no <c>javascript:</c>,
    /// <c>data:</c>…), narrowed to what a plan's facts are read at: a full http(s) address of another site.
    /// </summary>
    public static bool IsWebAddress(string url) =>
        ContentUrl.IsAllowed(url) && ContentUrl.SchemeOf(url) is "http" or "https"
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0;

    public static void OneOf(Located<string> value, string field, IEnumerable<string> allowed, DiagnosticBag diagnostics)
    {
        var words = allowed.ToList();
        if (value.Value.Length > 0 && !words.Contains(value.Value, StringComparer.Ordinal))
        {
            diagnostics.Error(value.Location, Messages.ValueNotAllowed, value.Value, field, string.Join(", ", words));
        }
    }

    private static void Slug(RawPlan plan, DiagnosticBag diagnostics)
    {
        var slug = plan.Slug.Value;
        if (slug is PlanRoutes.ByTypeFolder or PlanRoutes.ByStatusFolder)
        {
            diagnostics.Error(plan.Slug.Location, PlanningMessages.SlugReserved, slug);
        }
        else if (slug.Length == 0 || slug.StartsWith('-') || slug.EndsWith('-') || !slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
        {
            diagnostics.Error(plan.Slug.Location, PlanningMessages.SlugInvalid, slug);
        }
    }

    private static void Approval(RawPlan plan, IReadOnlySet<string> documentSlugs, DiagnosticBag diagnostics)
    {
        var beforeApproval = PlanVocabulary.StatusesBeforeApproval.Contains(plan.Status.Value);
        if (plan.Approval is null && !beforeApproval && plan.Status.Value.Length > 0)
        {
            diagnostics.Error(plan.Status.Location, PlanningMessages.ApprovalMissing, plan.Status.Value);
        }

        foreach (var decision in new[] { plan.Approval, plan.TaskApproval }.OfType<RawDecision>())
        {
            if (decision.Document is { } document && document.Value.Length > 0 && !documentSlugs.Contains(document.Value))
            {
                diagnostics.Error(document.Location, PlanningMessages.DocumentUnknown, document.Value);
            }
        }

        DecisionAgrees(plan.Approval, "approval.date", PlanVocabulary.Approved, plan.Events, diagnostics);
        DecisionAgrees(plan.TaskApproval, "task_approval.date", PlanVocabulary.TaskApproved, plan.Events, diagnostics);
    }

    /// <summary>A decision's date and its event's are one date written twice: they must agree.</summary>
    private static void DecisionAgrees(RawDecision? decision, string field, string eventName, IReadOnlyList<RawPlanEvent> events, DiagnosticBag diagnostics)
    {
        if (decision?.Date.Value is not { } date || events.FirstOrDefault(e => e.Event.Value == eventName) is not { Date.Value: { } eventDate } happened)
        {
            return;
        }

        if (date != eventDate)
        {
            diagnostics.Error(decision.Date.Location, happened.Date.Location, PlanningMessages.DecisionDateDisagrees, field, Iso(date), eventName, Iso(eventDate));
        }
    }

    private static void Reference(RawPlan plan, Located<string>? reference, string field, IReadOnlySet<string> slugs, DiagnosticBag diagnostics)
    {
        if (reference is null || reference.Value.Length == 0)
        {
            return;
        }

        if (reference.Value == plan.Slug.Value)
        {
            diagnostics.Error(reference.Location, PlanningMessages.PlanItself, field);
        }
        else if (!slugs.Contains(reference.Value))
        {
            diagnostics.Error(reference.Location, PlanningMessages.PlanUnknown, reference.Value, field, string.Join(", ", slugs.Order(StringComparer.Ordinal)));
        }
    }

    /// <summary>The history in date order, every event a known word with its source, and no publication before the approval.</summary>
    private static void History(RawPlan plan, DiagnosticBag diagnostics)
    {
        DateOnly? latest = null;
        foreach (var e in plan.Events)
        {
            OneOf(e.Event, "event", PlanVocabulary.Events, diagnostics);
            WebAddress(e.Source, "source", diagnostics);
            if (e.Date.Value is not { } date)
            {
                continue;
            }

            if (latest is { } before && date < before)
            {
                diagnostics.Error(e.Date.Location, PlanningMessages.EventOutOfOrder, e.Event.Value, Iso(date), Iso(before));
            }

            latest = latest is { } l && l > date ? l : date;
        }

        var approved = plan.Events.FirstOrDefault(e => e.Event.Value == PlanVocabulary.Approved)?.Date.Value ?? plan.Approval?.Date.Value;
        var published = plan.Events.FirstOrDefault(e => e.Event.Value == PlanVocabulary.Published);
        if (approved is { } a && published?.Date.Value is { } p && p < a)
        {
            diagnostics.Error(published.Date.Location, PlanningMessages.PublishedBeforeApproved, Iso(p), Iso(a));
        }
    }

    /// <summary>
    /// A circle of parents (or of replacements) would make "the general plan of this zoning plan" endless:
    /// each plan's chain is followed until it ends or comes back, and a circle is reported once, at the plan
    /// of the circle that comes first in slug order.
    /// </summary>
    private static void Cycles(IReadOnlyList<RawPlan> plans, Func<RawPlan, Located<string>?> next, string field, DiagnosticBag diagnostics)
    {
        var bySlug = plans.ToDictionary(p => p.Slug.Value, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in plans.OrderBy(p => p.Slug.Value, StringComparer.Ordinal))
        {
            var chain = new List<RawPlan> { start };
            var current = start;
            while (next(current) is { Value.Length: > 0 } link && link.Value != current.Slug.Value && bySlug.TryGetValue(link.Value, out var following))
            {
                if (following == start)
                {
                    if (chain.All(p => reported.Add(p.Slug.Value)))
                    {
                        diagnostics.Error(next(start)!.Location, PlanningMessages.PlanCycle, field, string.Join(" → ", chain.Append(start).Select(p => p.Slug.Value)));
                    }

                    break;
                }

                if (chain.Contains(following))
                {
                    break;
                }

                chain.Add(following);
                current = following;
            }
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
