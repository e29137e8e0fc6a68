using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Kernel.Urls;
using System.Globalization;
using System.Runtime.InteropServices;

namespace HaiPhongUrban.Portal.Sections.Datasets.Validation;

/// <summary>
/// Checks every cell of a table against its schema (required, type, enum or categories) and every unique column
/// and the primary key for repeats, reporting each bad cell with its column, value and what was
/// expected. One pass; only the values of unique columns are remembered.
/// </summary>
public static class CheckTableCells
{
    private static readonly IReadOnlyDictionary<FieldType, Message> TypeMessages = new Dictionary<FieldType, Message>
    {
        [FieldType.Integer] = Messages.CsvTypeInteger,
        [FieldType.Number] = Messages.CsvTypeNumber,
        [FieldType.Date] = Messages.CsvTypeDate,
        [FieldType.Boolean] = Messages.CsvTypeBoolean,
    };

    /// <summary>
    /// A cell's value as a message quotes it: on one line (a message is one line of the terminal) and
    /// cut short when long, so that a stray quote that swallowed half the file stays readable.
    /// </summary>
    public static string Shown(string value)
    {
        var oneLine = value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return oneLine.Length <= 80 ? oneLine : oneLine[..77] + "…";
    }

    /// <summary>The values a message offers, each code with its label when it has one, so staff see which code means what.</summary>
    private static string AllowedShown(TableField field) =>
        string.Join(", ", field.AllowedValues.Select(v => field.LabelOf(v) is { } label ? $"{v} ({label})" : v));

    /// <param name="locate">Where a cell (record, field index) is reported: the CSV cell, or the field's declaration for generated tables.</param>
    public static void Run(TableSchema schema, IEnumerable<CsvRecord> rows, Func<CsvRecord, int, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var fields = schema.Fields;

        // Worked out once per table, not once per cell: a table may have a million rows.
        var allowed = fields.Select(f => f.AllowedValues.Count == 0 ? null : f.AllowedValues.ToHashSet(StringComparer.Ordinal)).ToArray();
        var allowedShown = fields.Select(AllowedShown).ToArray();
        var seen = fields.Select(f => f.Unique ? new SeenValues(f.Type == FieldType.Integer) : null).ToArray();
        var keyIndexes = schema.PrimaryKey.Count > 1 ? schema.PrimaryKey.Select(k => fields.ToList().FindIndex(f => f.Name == k)).ToArray() : null;
        var seenKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowNumber = 0;
        foreach (var row in rows)
        {
            rowNumber++;
            var line = row.Line > 0 ? row.Line : rowNumber;
            for (var i = 0; i < fields.Count && i < row.Cells.Count; i++)
            {
                var field = fields[i];
                var value = row.Cells[i];
                if (value.Length == 0)
                {
                    if (field.Required)
                    {
                        diagnostics.Error(locate(row, i), Messages.CsvRequired, field.Name);
                    }

                    continue;
                }

                // A column of addresses becomes links: only the schemes every address of content may use.
                if (field.Format == FieldFormats.UriFormat && !ContentUrl.IsAllowed(value))
                {
                    diagnostics.Error(locate(row, i), Messages.UnsafeLink, Shown(value));
                }

                if (!field.Type.IsValue(value))
                {
                    diagnostics.Error(locate(row, i), TypeMessages[field.Type], field.Name, Shown(value));
                    continue;
                }

                if (allowed[i] is { } values && !values.Contains(value))
                {
                    diagnostics.Error(locate(row, i), Messages.CsvEnum, field.Name, Shown(value), allowedShown[i]);
                }

                if (seen[i] is { } earlier && !earlier.TryAdd(value, line, out var firstLine))
                {
                    diagnostics.Error(locate(row, i), Messages.CsvDuplicate, field.Name, Shown(value), firstLine.ToString(CultureInfo.InvariantCulture));
                }
            }

            if (keyIndexes is not null && keyIndexes.All(k => k < row.Cells.Count))
            {
                // '\u001f' (unit separator) cannot be typed into a cell, so joined keys never collide.
                var key = string.Join('\u001f', keyIndexes.Select(k => row.Cells[k]));
                if (!seenKeys.TryAdd(key, line))
                {
                    diagnostics.Error(locate(row, keyIndexes[0]), Messages.CsvDuplicate, string.Join(" + ", schema.PrimaryKey), string.Join(", ", keyIndexes.Select(k => row.Cells[k])), seenKeys[key].ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <summary>
    /// The values of one unique column met so far, each with the line it was first met on: what validation keeps
    /// of a table, row by row. An integer written the one way its number is (no sign but a minus, no leading zero)
    /// is kept as that number, 8 bytes instead of its text (about 30 bytes with the string's header), and so are
    /// a million ids; any other text is kept as text. Two cells are repeats only when their texts are the same,
    /// as before: "7" and "007" are different texts, and only "7" is kept as a number.
    /// </summary>
    private sealed class SeenValues(bool integers)
    {
        private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int>? _integers = integers ? [] : null;

        /// <summary>True when <paramref name="value"/> is new; otherwise false, with the line it was first met on.</summary>
        public bool TryAdd(string value, int line, out int firstLine) =>
            _integers is not null && AsInteger(value) is { } number ? TryAdd(_integers, number, line, out firstLine) : TryAdd(_texts, value, line, out firstLine);

        // One look-up per cell, for a new value and a repeat alike.
        private static bool TryAdd<T>(Dictionary<T, int> seen, T value, int line, out int firstLine)
            where T : notnull
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, value, out var exists);
            if (!exists)
            {
                first = line;
            }

            firstLine = first;
            return !exists;
        }

        // The number of a text only when the text is how that number is written: "-5", "0", "120"; not "+5", "05", "-0".
        private static long? AsInteger(string text)
        {
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || text[0] == '+')
            {
                return null;
            }

            var digits = text.AsSpan(text[0] == '-' ? 1 : 0);
            return digits[0] != '0' || (digits.Length == 1 && text[0] != '-') ? number : null;
        }
    }
}
