using HaiPhongUrban.Portal.Sections.Conclusion;
using HaiPhongUrban.Portal.Sections.Datasets;
using HaiPhongUrban.Portal.Sections.Documents;
using HaiPhongUrban.Portal.Sections.Following;
using HaiPhongUrban.Portal.Sections.Pages;
using HaiPhongUrban.Portal.Sections.Planning;
using HaiPhongUrban.Portal.Sections.Topics;
using HaiPhongUrban.Portal.Sections.Updates;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// Every kind of content the portal publishes, in the order the build runs them through each stage. A
/// section may read the parts of those before it, so the order is the order of their dependencies:
/// <list type="number">
/// <item>Topics: the theme vocabulary the Conclusion's items and the datasets are filed under.</item>
/// <item>Conclusion: its full text and editorial layer. Before Documents, which counts the citations of
/// every full text, the Conclusion's included; its text comes first in search, in reading order.</item>
/// <item>Documents: the registry and the other full texts.</item>
/// <item>Datasets: they publish tables the Conclusion and Documents draw from their content.</item>
/// <item>Pages: the Markdown pages, after the datasets in search as before.</item>
/// <item>Following: reads the Conclusion's links, the tracker's dataset table and the staff guide's page.</item>
/// <item>Updates: checks its entries against the datasets' dates, and dates every page.</item>
/// <item>Planning: the plans (content/quy-hoach/) and their <c>import-plan</c> command; reads no other section.</item>
/// </list>
/// Adding a kind of content is one folder under <c>Sections/</c> and one line here.
/// </summary>
public static class SectionList
{
    public static readonly IReadOnlyList<ISection> All =
    [
        new TopicsSection(),
        new ConclusionSection(),
        new DocumentsSection(),
        new DatasetsSection(),
        new PagesSection(),
        new FollowingSection(),
        new UpdatesSection(),
        new PlanningSection(),
    ];
}
