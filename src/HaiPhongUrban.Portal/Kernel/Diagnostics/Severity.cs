namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>An error stops the build; a warning is shown and the build goes on.</summary>
public enum Severity
{
    Error,
    Warning,
}
