using HaiPhongUrban.Portal.Sections.Documents.Model;
namespace HaiPhongUrban.Portal.Sections.Conclusion.Model;

/// <summary>
/// An editorial link (<c>lien-ket.yml</c>): the task group answers the limitation, or builds on the
/// result, named by <see cref="TargetId"/>. Both quotes are words of the wording, checked at validation.
/// </summary>
public sealed record TraceLink(
    string TaskGroupId,
    string TargetId,
    ItemKind TargetKind,
    string TaskWords,
    string TargetWords);
