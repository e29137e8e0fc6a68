namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>One problem found in the content or theme, with where it is and what to do about it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, Message Message, IReadOnlyList<string> Arguments)
{
    public string Text(UiLanguage language) => Message.Format(language, Arguments);
}
