using HaiPhongUrban.Portal.Sections.Documents.Model;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>The dates and years a full text names, read from its wording, so a timeline holds only what the text says.</summary>
public static partial class TimeMentions
{
    /// <summary>A date or year the wording names, with the exact words that name it and where they start in the paragraph.</summary>
    public sealed record TimeMention(int Year, DateOnly? Date, string Phrase, string ParagraphId, int Index);

    /// <summary>
    /// Every date and year the wording names, in text order: "ngày 03/01/2012", "ngày 11 tháng 11
    /// năm 2023", "đến năm 2050", or a bare year. Read from the wording, so the timeline can only hold
    /// what the text says.
    /// </summary>
    public static IEnumerable<TimeMention> Of(FullText text)
    {
        foreach (var (paragraph, _, _) in FullTextParagraphs.InOrder(text))
        {
            foreach (Match match in TimePhrase().Matches(paragraph.Text))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                DateOnly? date = null;
                if (match.Groups["day"].Success)
                {
                    var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                    var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                    date = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
                }

                yield return new TimeMention(year, date, match.Value, paragraph.Id, match.Index);
            }
        }
    }

        // Full dates first (dd/mm/yyyy, "ngày d tháng m năm yyyy"), then "năm yyyy" with the word before
    // it ("đến năm 2050"), then a bare year of this or the last century.
    [GeneratedRegex(@"[Nn]gày\s+(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})|[Nn]gày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+(?<year>\d{4})|(?:(?:đến|từ|trong|vào|sau)\s+)?năm\s+(?<year>(?:19|20)\d{2})\b|\b(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex TimePhrase();
}
