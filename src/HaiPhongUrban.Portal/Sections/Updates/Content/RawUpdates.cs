namespace HaiPhongUrban.Portal.Sections.Updates.Content;

/// <summary>The Updates section's raw part: every entry of <c>cap-nhat.yml</c> as loaded, in the file's order.</summary>
public sealed record RawUpdates(string FilePath, IReadOnlyList<RawUpdate> Updates);
