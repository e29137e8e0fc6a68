using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Rendering;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// What <c>serve</c>'s next rebuild builds on: the links of the last build that succeeded, and every file
/// saved since that build, not only since the last attempt. A file saved into a failed build still has to
/// have its pages rendered and checked by the build that next succeeds: otherwise saving a broken link, then
/// any other file, would publish the broken link unreported.
/// </summary>
public sealed class RebuildBasis
{
    private readonly List<string> _savedSince = [];
    private IReadOnlyList<RenderedLinks>? _links;

    /// <summary>The previous build for a rebuild after <paramref name="saved"/>; null (a whole rebuild) until a build has succeeded.</summary>
    public PreviousPreview? After(IReadOnlyList<string> saved)
    {
        _savedSince.AddRange(saved);
        return _links is null ? null : new PreviousPreview(_savedSince.Distinct(StringComparer.Ordinal).ToList(), _links);
    }

    /// <summary>Records a build: its links when it succeeded, which starts the list of saved files afresh; null when it failed.</summary>
    public void Built(IReadOnlyList<RenderedLinks>? links)
    {
        if (links is not null)
        {
            _links = links;
            _savedSince.Clear();
        }
    }
}
