namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>The home page's own data: none. Everything it shows is what the sections add to it (<c>panels</c>).</summary>
public sealed record HomeView;
