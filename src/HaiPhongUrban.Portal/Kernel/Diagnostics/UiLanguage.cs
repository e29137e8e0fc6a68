namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>The language messages are written in (<c>--lang vi|en</c>). Vietnamese first: staff read it.</summary>
public enum UiLanguage
{
    Vietnamese,
    English,
}
