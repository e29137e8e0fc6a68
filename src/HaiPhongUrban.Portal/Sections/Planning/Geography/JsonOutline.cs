using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// A JSON text read into a small tree that remembers where each value starts, line and column as an editor
/// counts them. System.Text.Json's documents forget positions, and GeoJSON's readers throw at the first
/// unclosed ring without saying where; this outline lets every problem of a boundary file be reported at
/// its place, all at once, before NetTopologySuite reads the file.
/// </summary>
internal sealed class JsonOutline
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    private JsonOutline(byte[] bytes, Node root)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        Root = root;
    }

    public Node Root { get; }

    /// <summary>The outline of <paramref name="text"/>, or the line and column (1-based) where it stops being JSON.</summary>
    public static (JsonOutline? Outline, int Line, int Column) Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return (null, 1, 1);
            }

            var root = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("text after the value", null, null, null);
            }

            return (new JsonOutline(bytes, root), 0, 0);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var column = (int)(ex.BytePositionInLine ?? 0);
            var outline = new JsonOutline(bytes, new OtherNode(0));
            return (null, line + 1, outline.ColumnOfByte(line, column));
        }
    }

    /// <summary>Line and column (1-based, columns in characters) of the value starting at byte <paramref name="offset"/>.</summary>
    public (int Line, int Column) Place(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(_bytes, _lineStarts[line], offset - _lineStarts[line]) + 1);
    }

    private int ColumnOfByte(int line, int byteInLine)
    {
        if (line >= _lineStarts.Count)
        {
            return byteInLine + 1;
        }

        var start = _lineStarts[line];
        return Encoding.UTF8.GetCharCount(_bytes, start, Math.Clamp(byteInLine, 0, _bytes.Length - start)) + 1;
    }

    private static Node ReadValue(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<Member>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add(new Member(name, ReadValue(ref reader)));
                }

                return new ObjectNode(offset, members);
            case JsonTokenType.StartArray:
                var items = new List<Node>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new ArrayNode(offset, items);
            case JsonTokenType.Number:
                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                return new NumberNode(offset, double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture), raw);
            case JsonTokenType.String:
                return new TextNode(offset, reader.GetString()!);
            default:
                return new OtherNode(offset);
        }
    }

    /// <summary>A JSON value and the byte where it starts.</summary>
    public abstract record Node(int Offset);

    public sealed record ObjectNode(int Offset, IReadOnlyList<Member> Members) : Node(Offset)
    {
        /// <summary>The member's value, or null; GeoJSON's member names are case-sensitive.</summary>
        public Node? this[string name] => Members.FirstOrDefault(m => m.Name == name)?.Value;
    }

    public sealed record Member(string Name, Node Value);

    public sealed record ArrayNode(int Offset, IReadOnlyList<Node> Items) : Node(Offset);

    /// <summary>A number, with its text as written, so that a message quotes the coordinate exactly as the file has it.</summary>
    public sealed record NumberNode(int Offset, double Value, string Raw) : Node(Offset);

    public sealed record TextNode(int Offset, string Value) : Node(Offset);

    /// <summary>true, false or null.</summary>
    public sealed record OtherNode(int Offset) : Node(Offset);
}
