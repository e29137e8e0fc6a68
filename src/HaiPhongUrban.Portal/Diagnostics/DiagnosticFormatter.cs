namespace HaiPhongUrban.Portal.Diagnostics;

/// <summary>
/// Writes a diagnostic the way compilers do — <c>path:line:column: error: message</c> — because
/// editors, CI logs and staff's habits all understand that shape. The path is relative to the
/// current directory, with forward slashes on every system.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic, UiLanguage language, string workingDirectory)
    {
        var path = Path.GetRelativePath(workingDirectory, diagnostic.Location.FilePath).Replace('\\', '/');
        var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"{path}:{diagnostic.Location.Line}:{diagnostic.Location.Column}: {severity}: {diagnostic.Text(language)}";
    }

    /// <summary>The closing line of a run: how many errors and warnings, in the chosen language.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, UiLanguage language)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return language == UiLanguage.English
            ? $"{errors} error(s), {warnings} warning(s)."
            : $"{errors} lỗi, {warnings} cảnh báo.";
    }
}
