namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>
/// The search page: the files its script needs (the index, the ranking, the page script) and the kinds
/// of result, each named on the page by the theme string <c>search.kinds.&lt;kind&gt;</c>. Where to send a
/// reader whose browser runs no script (the table of contents, the data catalogue) the sections add as panels.
/// <see cref="OnDisk"/> is true in the copy to open from disk, where browsers let no page fetch a file (the
/// index) and search cannot run: the page says that search needs the site served and offers those ways in.
/// </summary>
/// <param name="Index">
/// The index's address, fingerprinted by its bytes: asked for only when the search page renders, so a
/// <c>serve</c> rebuild that does not render that page never cuts the index.
/// </param>
public sealed record SearchView(
    Lazy<string> Index,
    string CoreScriptUrl,
    string PageScriptUrl,
    IReadOnlyList<string> Kinds,
    bool OnDisk)
{
    public string IndexUrl => Index.Value;
}
