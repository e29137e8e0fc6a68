using HaiPhongUrban.Portal.Kernel.Caching;

namespace HaiPhongUrban.Portal.Kernel.Markdown;

/// <summary>
/// <see cref="ParsedMarkdown"/> written for the build cache and read back field for field, as part of what a
/// section keeps of a Markdown file (a page of <c>content/pages/</c>).
/// </summary>
public static class ParsedMarkdownCodec
{
    public static void Write(BinaryWriter writer, ParsedMarkdown parsed)
    {
        writer.Write(parsed.Html);
        writer.Write(parsed.TooDeep);
        writer.Write(parsed.Links.Count);
        foreach (var (url, line, column) in parsed.Links)
        {
            writer.Write(url);
            writer.Write(line);
            writer.Write(column);
        }

        writer.Write(parsed.CharacterReferences.Count);
        foreach (var (text, line, column) in parsed.CharacterReferences)
        {
            writer.Write(text);
            writer.Write(line);
            writer.Write(column);
        }

        writer.Write(parsed.Sections.Count);
        foreach (var part in parsed.Sections)
        {
            writer.Write(part.AnchorId);
            writer.Write(part.Heading);
            writer.Write(part.Text);
        }
    }

    public static ParsedMarkdown Read(BinaryReader reader)
    {
        var html = reader.ReadString();
        var tooDeep = reader.ReadBoolean();
        var links = CacheLists.Read(reader, r => (r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        var references = CacheLists.Read(reader, r => (r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        var sections = CacheLists.Read(reader, r => new MarkdownSections.Part(r.ReadString(), r.ReadString(), r.ReadString()));
        return new ParsedMarkdown(html, links, references, sections, tooDeep);
    }
}
