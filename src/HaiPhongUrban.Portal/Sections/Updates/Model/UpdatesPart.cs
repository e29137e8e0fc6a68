using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Updates.Model;

/// <summary>The update history as modelled, newest first, and its file.</summary>
public sealed record UpdatesPart(IReadOnlyList<Update> Updates, string SourcePath);

/// <summary>How other sections read the update history.</summary>
public static class UpdatesSite
{
    extension(Site site)
    {
        public IReadOnlyList<Update> Updates => site.Get<UpdatesPart>().Updates;
    }
}
