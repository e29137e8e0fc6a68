namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>One error the Nu HTML checker reported: the file, the line it ends on (0 when it gives none), and what is wrong.</summary>
public sealed record NuMessage(string File, int Line, string Message, string Extract);
