using System.Security.Cryptography;
using HaiPhongUrban.Portal.Sections.Planning.Content;

namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>
/// Part of the model stage: each checked plan.yml becomes a <see cref="Plan"/> with its publication clock
/// counted against the duties. Runs only on valid content, so required values are present.
/// </summary>
public static class BuildPlans
{
    public static PlansPart Run(RawPlans raw)
    {
        var duties = raw.Duties.Duties
            .Select(d => new PublicationDuty(d.Types.Select(t => t.Value).ToList(), d.From.Value, d.Until.Value, d.Days.Value, d.Basis, d.Note, Sources(d.Sources)))
            .ToList();
        var plans = raw.Plans.Select(p => Plan(p, duties)).ToList();
        return new PlansPart(plans, duties, raw.Folder, raw.Duties.FilePath);
    }

    private static Plan Plan(RawPlan p, IReadOnlyList<PublicationDuty> duties)
    {
        var events = p.Events.Select(e => new PlanEvent(e.Event.Value, e.Date.Value!.Value, e.Source.Value)).ToList();
        var approval = Decision(p.Approval);

        // The approval's date is the decision's; an `approved` event alone (a plan whose decision number is
        // not known yet but whose approval is reported) also starts the clock.
        var approved = approval?.Date ?? events.FirstOrDefault(e => e.Event == PlanVocabulary.Approved)?.Date;
        var published = events.FirstOrDefault(e => e.Event == PlanVocabulary.Published)?.Date;
        return new Plan(
            p.Slug.Value,
            p.Name,
            p.Type.Value,
            p.Status.Value,
            p.Scale,
            p.Place,
            p.Horizon.Value,
            p.Vision.Value,
            p.AreaHa.Value,
            p.DossierCode,
            p.PlanningInformationCode,
            approval,
            Decision(p.TaskApproval),
            p.Parent?.Value ?? string.Empty,
            p.Supersedes?.Value ?? string.Empty,
            p.Boundary is { Reading.Succeeded: true } boundary ? new PlanBoundary(boundary.Reading, boundary.File.Value) : null,
            events,
            p.Documents.Select(d => Document(p, d)).ToList(),
            Sources(p.Sources),
            p.OfficialViewer.Value,
            PublicationClock.Count(p.Type.Value, approved, published, duties),
            p.FilePath);
    }

    private static PlanDecision? Decision(RawDecision? d) =>
        d is null ? null : new PlanDecision(d.Number.Value, d.Date.Value!.Value, d.Authority, d.Document?.Value ?? string.Empty);

    private static PlanDocument Document(RawPlan plan, RawPlanDocument d)
    {
        var local = d.File.Value.Length > 0 ? Path.Combine(plan.FolderPath, d.File.Value) : string.Empty;

        // A file the portal publishes itself has its figures from its own bytes (validation checked any
        // written in plan.yml against them); a document on the web has what staff wrote, or none.
        if (local.Length > 0)
        {
            var bytes = File.ReadAllBytes(local);
            return new PlanDocument(d.Type.Value, d.Title, d.Number, d.Date.Value, PlanRoutes.DocumentFile(plan.Slug.Value, d.File.Value), local,
                Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
        }

        return new PlanDocument(
            d.Type.Value,
            d.Title,
            d.Number,
            d.Date.Value,
            d.Url.Value,
            string.Empty,
            d.Sha256.Value,
            d.Bytes.Value);
    }

    private static IReadOnlyList<PlanSource> Sources(IReadOnlyList<RawSource> sources) =>
        sources.Select(s => new PlanSource(s.Url.Value, s.Title, s.Retrieved.Value!.Value)).ToList();
}
