namespace HaiPhongUrban.Portal.Sections.Topics.Content;

/// <summary>The Topics section's raw part: every entry of <c>chu-de.yml</c> as loaded.</summary>
public sealed record RawTopics(IReadOnlyList<RawTopic> Topics);
