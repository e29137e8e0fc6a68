using System.Runtime.CompilerServices;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// A rendered page's ids as a set, made once per page: the link check and the redirect check both look
/// anchors up in it, and a <c>serve</c> session keeps the links of the pages it does not render again, so
/// each rebuild after the first makes sets only for the pages it rendered (10,000 sets were a tenth of a
/// rebuild). The page is immutable, so its set never goes stale.
/// </summary>
public static class PageIds
{
    private static readonly ConditionalWeakTable<RenderedLinks, HashSet<string>> Sets = new();

    public static IReadOnlySet<string> Of(RenderedLinks page) =>
        Sets.GetValue(page, p => p.Ids.ToHashSet(StringComparer.Ordinal));
}
