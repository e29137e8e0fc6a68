using HaiPhongUrban.Portal.Sections;
namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Everything the search page can find, in a fixed order (the text of the Conclusion first, in
/// reading order), which is also the order results of equal score keep.
/// </summary>
public sealed record SearchIndex(IReadOnlyList<SearchEntry> Entries);
