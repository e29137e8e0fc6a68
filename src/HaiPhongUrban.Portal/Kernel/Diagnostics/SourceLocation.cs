namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>
/// A place in a content or theme file. <see cref="FilePath"/> is absolute; it is shown relative to the
/// current directory. Line and column are 1-based, as every editor counts them.
/// </summary>
public sealed record SourceLocation(string FilePath, int Line, int Column)
{
    /// <summary>The start of a file: where a problem with the file as a whole is reported.</summary>
    public static SourceLocation StartOf(string filePath) => new(filePath, 1, 1);
}
