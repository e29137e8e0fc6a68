using HaiPhongUrban.Portal.Kernel.Tables;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The JSON download: UTF-8 without a byte order mark, an array with one object per row, keys the field names in
/// schema order, values typed by the schema through <see cref="FieldTypes.Parse"/> (integer and number as JSON
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
                    WriteValue(json, RowCells.Typed(schema.Fields[column], row, column));
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

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case long integer:
                json.WriteNumberValue(integer);
                break;
            case decimal number:
                // decimal keeps the scale it was parsed with, so "1.50" is written 1.50, as staff wrote it.
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            default:
                throw new InvalidOperationException($"FieldTypes.Parse gave a {value.GetType()}, which JSON has no rule for.");
        }
    }
}
