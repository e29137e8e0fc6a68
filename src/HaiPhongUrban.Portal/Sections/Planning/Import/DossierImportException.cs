using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Input the import cannot go on with (not an xlsx, a missing sheet or header, a plan.yml already there):
/// the message staff read, and the cell, row or file it is about. The command prints it and exits 1,
/// having written nothing; it never reaches Program.cs's "internal error".
/// </summary>
public sealed class DossierImportException(string place, Message wording, params string[] arguments)
    : Exception(wording.Format(UiLanguage.English, arguments))
{
    /// <summary>Where the problem is: <c>HoSo!C2</c>, <c>HoSo!1:1</c>, or empty for the file as a whole.</summary>
    public string Place { get; } = place;

    public Message Wording { get; } = wording;

    /// <summary>The file the problem is in, when it is not the workbook (an existing plan.yml, the boundary).</summary>
    public string? FilePath { get; init; }

    public IReadOnlyList<string> Arguments { get; } = arguments;
}
