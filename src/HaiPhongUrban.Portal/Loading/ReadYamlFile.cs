using HaiPhongUrban.Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Loading;

/// <summary>Reads one required YAML file: present, UTF-8, well-formed; each failure reported once.</summary>
public static class ReadYamlFile
{
    public static YamlNode? Read(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileMissing, Path.GetFileName(path));
            return null;
        }

        var text = ReadTextFile.Read(path, diagnostics);
        return text is null ? null : ParseYaml.Parse(path, text, diagnostics);
    }
}
