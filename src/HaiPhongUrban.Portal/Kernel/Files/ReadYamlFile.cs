using HaiPhongUrban.Portal.Kernel.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>Reads one required YAML file: present, UTF-8, well-formed; each failure reported once.</summary>
public static class ReadYamlFile
{
    /// <param name="officialText">The official wording: decomposed Unicode is an error there (see <see cref="ReadTextFile"/>).</param>
    public static YamlNode? Read(string path, DiagnosticBag diagnostics, bool officialText = false)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileMissing, Path.GetFileName(path));
            return null;
        }

        var text = ReadTextFile.Read(path, diagnostics, officialText);
        return text is null ? null : ParseYaml.Parse(path, text, diagnostics);
    }
}
