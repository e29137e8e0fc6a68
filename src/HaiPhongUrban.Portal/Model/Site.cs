using HaiPhongUrban.Portal.Kernel.Collections;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// The whole typed site: where sections meet. Site-wide settings, and one part per section, each a
/// typed immutable record the section builds in the model stage and the others may read. Built once
/// (section by section, in the order the build declares), never changed after.
/// </summary>
public sealed record Site(SiteSettings Settings, TypedParts Parts)
{
    public T Get<T>()
        where T : class => Parts.Get<T>();

    public T? Find<T>()
        where T : class => Parts.Find<T>();

    public Site With<T>(T part)
        where T : class => this with { Parts = Parts.With(part) };
}
