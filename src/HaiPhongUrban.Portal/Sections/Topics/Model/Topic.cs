namespace HaiPhongUrban.Portal.Sections.Topics.Model;

/// <summary>A theme of the editorial vocabulary (chu-de.yml).</summary>
public sealed record Topic(string Id, string Name);
