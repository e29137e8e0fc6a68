using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>The registry of plans as modelled, in slug order, the duties counted against, and the folder they come from.</summary>
public sealed record PlansPart(IReadOnlyList<Plan> Plans, IReadOnlyList<PublicationDuty> Duties, string Folder, string DutiesPath);

/// <summary>How other sections read the registry of plans.</summary>
public static class PlansSite
{
    extension(Site site)
    {
        public IReadOnlyList<Plan> Plans => site.Get<PlansPart>().Plans;
    }
}
