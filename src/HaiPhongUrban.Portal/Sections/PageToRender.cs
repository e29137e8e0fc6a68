using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// One page to render: its URL (which decides its file), the layout that presents it, the view
/// models the templates read, and the content file it comes from (where its link errors point).
/// </summary>
public sealed record PageToRender(string Url, string Layout, PageView Page, object Data, string SourcePath)
{
    /// <summary>What other sections add to the page, by panel name (<see cref="PanelClaim"/>); templates read <c>panels.&lt;name&gt;</c>.</summary>
    public IReadOnlyDictionary<string, object> Panels { get; init; } = new Dictionary<string, object>();
}
