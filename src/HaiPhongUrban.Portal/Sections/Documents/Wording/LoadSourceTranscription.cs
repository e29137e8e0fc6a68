using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// Reads the transcription in <c>ket-luan/nguon/</c> as bytes: it is published unchanged, so its
/// SHA-256 on the about page matches the file a reader downloads.
/// </summary>
public static class LoadSourceTranscription
{
    public static SourceTranscription? Load(string folder, string shownFolder, DiagnosticBag diagnostics)
    {
        var files = FilesNamed.In(folder, ".md", diagnostics);
        if (files.Count != 1)
        {
            diagnostics.Error(SourceLocation.StartOf(folder), Messages.FileMissing, shownFolder + "/<bản-chép-lại>.md");
            return null;
        }

        var path = files[0];
        var bytes = ReadTextFile.ReadBytes(path, diagnostics);

        // Decoding checks that it is UTF-8 and composed (NFC, since it is published unchanged); the
        // text itself is not needed here.
        return bytes is null || ReadTextFile.Decode(path, bytes, diagnostics, officialText: true) is null
            ? null
            : new SourceTranscription(path, Path.GetFileName(path), bytes);
    }
}
