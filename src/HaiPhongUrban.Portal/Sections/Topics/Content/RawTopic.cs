using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Topics.Content;

/// <summary>One entry of the theme vocabulary (<c>chu-de.yml</c>).</summary>
public sealed record RawTopic(Located<string> Id, string Name);
