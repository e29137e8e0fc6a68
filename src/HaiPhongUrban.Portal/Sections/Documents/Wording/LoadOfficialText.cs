using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// Reads one full text from its folder: the same three files for the Conclusion (<c>ket-luan/</c>) and for
/// any document of the registry (<c>van-ban/&lt;slug&gt;/</c>), so every official text is published alike.
/// </summary>
public static class LoadOfficialText
{
    public const string ErrataFile = "dinh-chinh.yml";
    public const string SourceFolder = "nguon";

    /// <param name="folder">The full text's folder.</param>
    /// <param name="wordingFile">The wording's file in that folder.</param>
    /// <param name="shownFolder">The folder as staff name it under <c>content/</c>, for messages about a missing transcription.</param>
    public static RawOfficialText Load(string key, string folder, string wordingFile, string shownFolder, DiagnosticBag diagnostics)
    {
        var (corrections, joins) = LoadErrata.Load(Path.Combine(folder, ErrataFile), ErrataFile, diagnostics);
        return new RawOfficialText(
            key,
            folder,
            LoadFullText.Load(Path.Combine(folder, wordingFile), wordingFile, diagnostics),
            corrections,
            joins,
            LoadSourceTranscription.Load(Path.Combine(folder, SourceFolder), $"{shownFolder}/{SourceFolder}", diagnostics));
    }
}
