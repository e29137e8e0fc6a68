namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Writes a small tree of files given inline, Hugo's way: each file starts with a line <c>-- path --</c>
/// and holds the lines up to the next such line. A test then reads as the files it builds from.
/// </summary>
public static class InlineFiles
{
    public static void Write(string root, string files)
    {
        string? path = null;
        var lines = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3];
                continue;
            }

            lines.Add(line);
        }

        Flush();

        void Flush()
        {
            if (path is null)
            {
                lines.Clear();
                return;
            }

            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, string.Join('\n', lines).TrimEnd('\n') + "\n");
            lines.Clear();
        }
    }
}
