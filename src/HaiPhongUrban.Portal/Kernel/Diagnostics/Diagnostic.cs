namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>One problem found in the content or theme, with where it is and what to do about it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, Message Message, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// Other places the message names ("first at …"), numbered after <see cref="Arguments"/> in its
    /// wording. They stay locations until the diagnostic is printed, since only the printer knows
    /// whom it shows them to: relative to the current folder on a terminal, absolute otherwise.
    /// </summary>
    public IReadOnlyList<SourceLocation> Places { get; init; } = [];

    /// <summary>The message in <paramref name="language"/>; places relative to <paramref name="workingDirectory"/> when given.</summary>
    public string Text(UiLanguage language, string? workingDirectory = null) =>
        Message.Format(language, [.. Arguments, .. Places.Select(p => DiagnosticFormatter.Place(p, workingDirectory))]);
}
