using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// A unique column's repeats are the cells whose text is the same as an earlier one's, each reported with the line
/// of the first: also in an integer column, whose values are kept as numbers when written the usual way.
/// </summary>
public sealed class CheckTableCellsTests
{
    /// <summary>The repeats of one unique column holding <paramref name="cells"/> (lines 2, 3…): "line of repeat &lt; line of first".</summary>
    private static IReadOnlyList<string> Repeats(FieldType type, params string[] cells)
    {
        var schema = new TableSchema([new TableField("id", "Id", type, "", Required: false, Unique: true, [])], [], []);
        var diagnostics = new DiagnosticBag();
        var rows = cells.Select((cell, i) => new CsvRecord(i + 2, [cell], [1]));
        CheckTableCells.Run(schema, rows, (row, _) => new SourceLocation("t.csv", row.Line, 1), diagnostics);
        return diagnostics.Sorted()
            .Select(d => d.Message == Messages.CsvDuplicate ? $"{d.Location.Line}<{d.Arguments[^1]}" : d.Message.Code)
            .ToList();
    }

    [Theory]
    [InlineData(FieldType.Integer)]
    [InlineData(FieldType.String)]
    public void A_repeat_names_the_line_of_the_first(FieldType type) =>
        Assert.Equal(["4<2", "5<2", "6<3"], Repeats(type, "7", "-12", "7", "7", "-12", "8"));

    [Fact]
    public void Integers_written_differently_are_different_texts_and_no_repeat() =>
        Assert.Empty(Repeats(FieldType.Integer, "7", "07", "+7", "007", "0", "-0", "+0", "00"));

    [Fact]
    public void An_integer_written_oddly_still_repeats_its_own_text() =>
        Assert.Equal(["4<2", "5<3"], Repeats(FieldType.Integer, "07", "-0", "07", "-0"));

    [Fact]
    public void The_largest_and_smallest_integers_are_kept_apart_from_their_neighbours() =>
        Assert.Equal(["6<2"], Repeats(FieldType.Integer, "9223372036854775807", "-9223372036854775808", "9223372036854775806", "-9223372036854775807", "9223372036854775807"));
}
