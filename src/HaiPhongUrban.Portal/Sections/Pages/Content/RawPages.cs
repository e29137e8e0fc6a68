namespace HaiPhongUrban.Portal.Sections.Pages.Content;

/// <summary>The Pages section's raw part: every Markdown page of <c>content/pages/</c> as loaded.</summary>
public sealed record RawPages(IReadOnlyList<RawPage> Pages);
