namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>
/// A duty to publish: plans of <see cref="Types"/> approved in the period (bounds inclusive, either open)
/// are made public within <see cref="Days"/> calendar days, under <see cref="Basis"/>. Null days: the
/// term is recorded but not yet verified against a source, so no plan is judged by it.
/// </summary>
public sealed record PublicationDuty(
    IReadOnlyList<string> Types,
    DateOnly? From,
    DateOnly? Until,
    int? Days,
    string Basis,
    string Note,
    IReadOnlyList<PlanSource> Sources)
{
    public bool Covers(string type, DateOnly approved) =>
        Types.Contains(type) && (From is null || approved >= From) && (Until is null || approved <= Until);
}
