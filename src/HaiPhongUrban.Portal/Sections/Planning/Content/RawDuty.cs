using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Planning.Content;

/// <summary>
/// One duty to publish as <c>thoi-han-cong-bo.yml</c> writes it: for plans of <see cref="Types"/> approved
/// from <see cref="From"/> until <see cref="Until"/> (either open), publication within <see cref="Days"/>
/// calendar days, under <see cref="Basis"/>. Empty days mean the term is not verified against a source yet.
/// </summary>
public sealed record RawDuty(
    IReadOnlyList<Located<string>> Types,
    Located<DateOnly?> From,
    Located<DateOnly?> Until,
    Located<int?> Days,
    string Basis,
    string Note,
    IReadOnlyList<RawSource> Sources,
    SourceLocation Location);

/// <summary>The duties file, which may be absent (then no plan type has a duty recorded).</summary>
public sealed record RawDuties(string FilePath, IReadOnlyList<RawDuty> Duties);
