namespace HaiPhongUrban.Portal.Sections.Updates.Model;

/// <summary>
/// One dated change to the portal, from <c>cap-nhat.yml</c>: shown on the updates page, sent as an
/// entry of the Atom feed, and the "last updated" date of every page it names. <see cref="Url"/> and
/// <see cref="OtherUrls"/> are site-relative and may carry an <c>#anchor</c>.
/// </summary>
public sealed record Update(string Id, DateOnly Date, string Title, string Summary, string Url, IReadOnlyList<string> OtherUrls)
{
    /// <summary>Every address this update says changed, the main one first.</summary>
    public IEnumerable<string> Urls => OtherUrls.Prepend(Url);
}
