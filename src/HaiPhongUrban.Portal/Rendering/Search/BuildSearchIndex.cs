using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Collects what the search page finds: every section's entries, in the order the sections are declared
/// (the Conclusion's text first, in reading order, then documents, datasets and Markdown pages), which is
/// also the order results of equal score keep. Folding and ranking happen in the browser
/// (theme/assets/search-core.js); the index keeps the words as published so snippets quote them.
/// </summary>
public static class BuildSearchIndex
{
    public static SearchIndex Run(Site site, IReadOnlyList<ISection> sections, SearchWords words) =>
        new(sections.SelectMany(s => s.SearchEntries(site, words)).ToList());
}
