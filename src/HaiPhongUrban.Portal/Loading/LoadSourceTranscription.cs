using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Diagnostics;

namespace HaiPhongUrban.Portal.Loading;

/// <summary>
/// Reads the transcription in <c>ket-luan/nguon/</c> as bytes: it is published unchanged, so its
/// SHA-256 on the about page matches the file a reader downloads.
/// </summary>
public static class LoadSourceTranscription
{
    public static SourceTranscription? Load(string folder, DiagnosticBag diagnostics)
    {
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count != 1)
        {
            diagnostics.Error(SourceLocation.StartOf(folder), Messages.FileMissing, ContentLayout.SourceFolder + "/<bản-chép-lại>.md");
            return null;
        }

        var path = files[0];
        var bytes = File.ReadAllBytes(path);

        // Decoding checks that it is UTF-8; the text itself is not needed here.
        return ReadTextFile.Decode(path, bytes, diagnostics) is null
            ? null
            : new SourceTranscription(path, Path.GetFileName(path), bytes);
    }
}
