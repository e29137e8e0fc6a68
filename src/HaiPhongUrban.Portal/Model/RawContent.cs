using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Collections;
using HaiPhongUrban.Portal.Model.Settings;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// Everything loaded from <c>content/</c>, before validation: site.yml's settings, and one raw part per
/// section, each of the section's own type. A piece that failed to load is null or missing from its part.
/// </summary>
/// <param name="Tables">
/// The tables sections draw from their content (the Conclusion's paragraphs, the registry of documents):
/// a dataset's resource may be one of them (<c>generated_from:</c>), so they are known before validation.
/// </param>
/// <param name="Files">
/// The files sections make from their content (a GeoJSON of plan boundaries): a dataset's resource may be
/// one of them too (<c>generated_from:</c>), so they are known before validation as well.
/// </param>
public sealed record RawContent(string ContentDirectory, RawSiteSettings? Settings, TypedParts Parts, IReadOnlyList<TableSource> Tables, IReadOnlyList<FileSource> Files)
{
    /// <summary>The columns sections read by name from datasets' tables, known before validation like <see cref="Tables"/>.</summary>
    public IReadOnlyList<ColumnsRead> ColumnsRead { get; init; } = [];

    /// <summary>Work done on these files by an earlier run, which loading may reuse (<see cref="WorkCache"/>): none unless the build was given one.</summary>
    public WorkCache Cache { get; init; } = WorkCache.None;

    public T Get<T>()
        where T : class => Parts.Get<T>();

    public RawContent With<T>(T part)
        where T : class => this with { Parts = Parts.With(part) };
}
