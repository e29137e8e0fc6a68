using HaiPhongUrban.Portal.Kernel.Tables;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The JSON download: UTF-8 without a byte order mark, an array with one object per row, keys the field names in
/// schema order, values typed by the schema through <see cref="FieldTypes"/> (integer and number as JSON
/// numbers, boolean as true/false, date as "YYYY-MM-DD", string as string, an empty cell as null). Indented with
/// two spaces and "\n" on every platform, ending with a newline, so the same rows always give the same bytes.
/// </summary>
public static class JsonRows
{
    /// <summary>
    /// Letters of every script stay as they are, so Vietnamese is readable (the default encoder writes "Đường" as
    /// "\u0110\u01B0\u1EDDng"). Unlike <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> this still escapes
    /// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so the file is safe to paste into an HTML page.
    /// </summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
    };

    // Utf8JsonWriter holds everything until flushed; flushing at this size keeps memory flat for a million rows.
    private const int FlushThreshold = 64 * 1024;

    public static void Write(Stream output, TableSchema schema, IEnumerable<TableRow> rows)
    {
        var keys = schema.Fields.Select(field => JsonEncodedText.Encode(field.Name, Options.Encoder)).ToArray();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                RowCells.Checked(schema, row);
                json.WriteStartObject();
                for (var column = 0; column < keys.Length; column++)
                {
                    json.WritePropertyName(keys[column]);
                    WriteValue(json, schema.Fields[column], row, column);
                }

                json.WriteEndObject();
                if (json.BytesPending >= FlushThreshold)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
        }

        // A text file ends with a newline; Utf8JsonWriter does not write one.
        output.Write("\n"u8);
    }

    private static void WriteValue(Utf8JsonWriter json, TableField field, TableRow row, int column)
    {
        var text = row.Cells[column];
        if (text.Length == 0)
        {
            json.WriteNullValue();
            return;
        }

        switch (field.Type)
        {
            case FieldType.Integer:
                json.WriteNumberValue(RowCells.Integer(field, row, column));
                break;
            case FieldType.Number:
                // decimal keeps the scale it was parsed with, so "1.50" is written 1.50, as staff wrote it.
                json.WriteNumberValue(RowCells.Number(field, row, column));
                break;
            case FieldType.Boolean:
                json.WriteBooleanValue(RowCells.Boolean(field, row, column));
                break;
            case FieldType.Date:
                Span<char> date = stackalloc char[10];
                RowCells.Date(field, row, column).TryFormat(date, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                json.WriteStringValue(date[..length]);
                break;
            case FieldType.String:
                json.WriteStringValue(text);
                break;
            default:
                throw new InvalidOperationException($"A {field.Type} column has no rule in JSON.");
        }
    }
}
