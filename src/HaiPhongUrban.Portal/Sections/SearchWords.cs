namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// The theme's words an index entry may carry (a document type's name: readers search "nghị quyết 45"),
/// always in the content's language: the index describes the content, so it is the same in every build.
/// </summary>
public sealed record SearchWords(Func<string[], string> At);
