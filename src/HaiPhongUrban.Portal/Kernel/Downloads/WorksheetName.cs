namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// A title made into a name Excel accepts for a sheet: without <c>[ ] : * ? / \</c> or control characters,
/// not starting or ending with an apostrophe or a space, at most 31 characters, and never empty.
/// </summary>
internal static class WorksheetName
{
    public const int MaxLength = 31;

    /// <summary>The name used when nothing of the title is left.</summary>
    public const string Fallback = "Data";

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static string From(string title)
    {
        // Strip before cutting, so removed characters do not use up the 31 allowed.
        var allowed = new string(title.Where(c => !Forbidden.Contains(c) && !char.IsControl(c)).ToArray());
        var name = Tidy(allowed);
        if (name.Length > MaxLength)
        {
            // Never cut between the two halves of a surrogate pair.
            var length = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            name = Tidy(name[..length]);
        }

        return name.Length == 0 ? Fallback : name;
    }

    // Excel refuses a name that starts or ends with an apostrophe; spaces at the ends are only noise.
    private static string Tidy(string name)
    {
        var start = 0;
        var end = name.Length;
        while (start < end && IsEdgeNoise(name[start]))
        {
            start++;
        }

        while (end > start && IsEdgeNoise(name[end - 1]))
        {
            end--;
        }

        return name[start..end];
    }

    private static bool IsEdgeNoise(char c) => c == '\'' || char.IsWhiteSpace(c);
}
