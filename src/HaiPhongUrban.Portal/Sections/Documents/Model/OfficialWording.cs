using System.Security.Cryptography;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// The official wording as lines of text in reading order, each with the number or bullet the page
/// shows before it ("I. KẾT QUẢ…", "(1) Nhận thức…", "- Thường trực Thành ủy,"). This is what the
/// wording tests compare with the source transcription and what its SHA-256 pins.
/// </summary>
public static class OfficialWording
{
    public const string RecipientBullet = "-";

    public static IReadOnlyList<string> Lines(FullText conclusion)
    {
        var lines = new List<string>(conclusion.TitleLines) { conclusion.Opening.Text };
        foreach (var section in conclusion.Sections)
        {
            AddSection(lines, section);
        }

        lines.Add(conclusion.Recipients.Heading);
        lines.AddRange(conclusion.Recipients.Items.Select(r => $"{RecipientBullet} {r.Text}"));
        lines.Add(conclusion.Signature.Text);
        return lines;
    }

    /// <summary>SHA-256 (lower-case hex) of the lines joined by '\n', in UTF-8.</summary>
    public static string Sha256(FullText conclusion) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Lines(conclusion)))));

    private static void AddSection(List<string> lines, Section section)
    {
        lines.Add(section.NumberedHeading);
        lines.AddRange(section.Intro.Select(p => p.Text));
        lines.AddRange(section.Items.Select(i => $"{i.Marker} {i.Paragraph.Text}"));
        foreach (var child in section.Sections)
        {
            AddSection(lines, child);
        }
    }
}
