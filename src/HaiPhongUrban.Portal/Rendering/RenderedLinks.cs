namespace HaiPhongUrban.Portal.Rendering;

/// <summary>What the link check needs from a rendered page: its links and its anchors, not its HTML.</summary>
public sealed record RenderedLinks(string Url, string SourcePath, IReadOnlyList<RenderedLink> Links, IReadOnlyList<string> Ids);
