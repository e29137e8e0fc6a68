namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>What the base layout needs about the page being rendered.</summary>
public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string NavKey,
    IReadOnlyList<LinkView> Breadcrumbs);
