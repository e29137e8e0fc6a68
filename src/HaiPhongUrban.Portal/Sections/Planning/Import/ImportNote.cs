using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Something the import could not place, or staff must check: at <see cref="Place"/> (<c>HoSo!D2</c>, a row
/// <c>BanVe!3:3</c>, or empty), in words of <see cref="ImportMessages"/>. Printed as a warning and listed at
/// the top of plan.yml, so that what was left out is seen both where the command ran and in the file.
/// </summary>
public sealed record ImportNote(string Place, Message Wording, IReadOnlyList<string> Arguments)
{
    public string Text(UiLanguage language) => Wording.Format(language, Arguments);
}
