using HaiPhongUrban.Portal.Rendering;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// What a <c>serve</c> rebuild knows of the build before it: the files saved since (absolute paths, as the
/// watcher reported them) and every page's links and ids as that build left them, so that the pages it does
/// not render again still take part in the link check.
/// </summary>
public sealed record PreviousPreview(IReadOnlyList<string> ChangedFiles, IReadOnlyList<RenderedLinks> Links);
