using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>A value read from content together with where it was written, for later checks to point at.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
