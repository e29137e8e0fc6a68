using System.Globalization;

namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>
/// Writes a diagnostic the way compilers do — <c>path:line:column: error: message</c> — because
/// editors, CI logs and staff's habits all understand that shape. The path is relative to the
/// current directory, with forward slashes on every system.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic, UiLanguage language, string workingDirectory)
    {
        var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"{Place(diagnostic.Location, workingDirectory)}: {severity}: {diagnostic.Text(language, workingDirectory)}";
    }

    /// <summary><c>path:line:column</c>, the path as <see cref="ShownPath"/> gives it.</summary>
    public static string Place(SourceLocation location, string? workingDirectory) => string.Create(
        CultureInfo.InvariantCulture,
        $"{ShownPath(location.FilePath, workingDirectory)}:{location.Line}:{location.Column}");

    /// <summary>A path as staff see it in every message: relative to the current directory, with '/' on every system.</summary>
    public static string ShownPath(string path, string? workingDirectory) =>
        (workingDirectory is null ? path : Path.GetRelativePath(workingDirectory, path)).Replace('\\', '/');

    /// <summary>Every diagnostic, one line each, then the counts line; nothing when there is none.</summary>
    public static void WriteAll(IReadOnlyList<Diagnostic> diagnostics, UiLanguage language, string workingDirectory, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(Format(diagnostic, language, workingDirectory));
        }

        if (diagnostics.Count > 0)
        {
            writer.WriteLine(Summary(diagnostics, language));
        }
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
