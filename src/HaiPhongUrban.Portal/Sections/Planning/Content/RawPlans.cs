namespace HaiPhongUrban.Portal.Sections.Planning.Content;

/// <summary>
/// The Planning section's raw part: every plan folder of <c>content/quy-hoach/</c> (in slug order), and
/// the publication duties (<c>content/quy-hoach/thoi-han-cong-bo.yml</c>) the clock counts against.
/// </summary>
public sealed record RawPlans(string Folder, IReadOnlyList<RawPlan> Plans, RawDuties Duties);
