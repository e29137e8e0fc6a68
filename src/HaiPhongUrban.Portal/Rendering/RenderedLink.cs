namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// One link of a rendered page: <see cref="Href"/> as the page's file holds it, which the link check
/// follows, and <see cref="Authored"/> as the template or the content wrote it, which is what staff find
/// in their file. The two differ only in the disk copy, whose links are rewritten (<see cref="PageLinks"/>).
/// </summary>
public sealed record RenderedLink(string Href, string Authored);
