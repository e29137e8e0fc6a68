using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Content;

/// <summary>
/// One editorial link of <c>ket-luan/lien-ket.yml</c>: a task group that answers a limitation
/// (<see cref="Answers"/>) or builds on a result (<see cref="BuildsOn"/>), with the words of each
/// side that justify it. Editorial, never official wording; validation checks both quotes are there.
/// </summary>
public sealed record RawTraceLink(
    Located<string> TaskGroup,
    Located<string>? Answers,
    Located<string>? BuildsOn,
    Located<string> TaskWords,
    Located<string> TargetWords,
    SourceLocation Location);
