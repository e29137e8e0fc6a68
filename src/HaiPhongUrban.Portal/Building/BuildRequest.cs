namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// What to build from where. Paths are absolute (the CLI resolves them against the current
/// directory). <see cref="Write"/> false is <c>validate</c>: the same run, nothing written.
/// </summary>
public sealed record BuildRequest(string ContentDirectory, string ThemeDirectory, string OutputDirectory, bool Write, string WorkingDirectory);
