using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Sections.Pages.Content;

namespace HaiPhongUrban.Portal.Sections.Pages.Loading;

/// <summary>
/// A loaded page as the build cache keeps it, by the hash of its path and text: front matter read and body
/// parsed, the two costs of loading a page (YAML alone was most of it once the Markdown was cached).
/// </summary>
public static class RawPageCodec
{
    public const string Kind = "page";

    public static CacheCodec<RawPage> Codec { get; } = new(Write, Read);

    private static void Write(BinaryWriter writer, RawPage page)
    {
        writer.Write(page.FilePath);
        writer.Write(page.Slug);
        writer.Write(page.Title);
        writer.Write(page.Description);
        writer.Write(page.Layout.Value);
        writer.Write(page.Layout.Location.FilePath);
        writer.Write(page.Layout.Location.Line);
        writer.Write(page.Layout.Location.Column);
        ParsedMarkdownCodec.Write(writer, page.Body);
        writer.Write(page.BodyLineOffset);
        writer.Write(page.Updated?.DayNumber ?? -1);
    }

    private static RawPage Read(BinaryReader reader)
    {
        var (path, slug, title, description) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
        var layout = new Located<string>(reader.ReadString(), new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()));
        var body = ParsedMarkdownCodec.Read(reader);
        var offset = reader.ReadInt32();
        var day = reader.ReadInt32();
        return new RawPage(path, slug, title, description, layout, body, offset, day < 0 ? null : DateOnly.FromDayNumber(day));
    }
}
