using System.Globalization;

namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>
/// One kind of problem, worded in both languages. Each wording says what is wrong and what to do;
/// <c>{0}</c>, <c>{1}</c>… are filled from the diagnostic's arguments.
/// </summary>
public sealed record Message(string Code, string Vietnamese, string English)
{
    public string Format(UiLanguage language, IReadOnlyList<string> arguments)
    {
        var wording = language == UiLanguage.English ? English : Vietnamese;
        return string.Format(CultureInfo.InvariantCulture, wording, arguments.Cast<object>().ToArray());
    }
}
