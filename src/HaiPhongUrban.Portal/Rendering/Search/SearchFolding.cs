using System.Globalization;
using System.Text;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Words as search-core.js compares them, for the postings the build writes: the same word pattern
/// (letters, digits and marks) and the same folding (lower case, every diacritic removed, đ as d), so
/// that the entries a posting lists are exactly those the script's own matching would find.
/// </summary>
public static class SearchFolding
{
    /// <summary>
    /// Which UTF-16 units the word pattern <c>[\p{L}\p{N}\p{M}]+</c> matches, one bit each, so that the build
    /// finds the words of 10,000 pages without a regular expression's match objects (it took a second there).
    /// A surrogate's category is neither, as in .NET's regular expressions, which compare units.
    /// </summary>
    private static readonly ulong[] WordUnits = WordUnitTable();

    /// <summary>Whether a UTF-16 unit belongs to a word: a letter, a digit or a mark.</summary>
    public static bool IsWordUnit(char c) => (WordUnits[c >> 6] & (1UL << c)) != 0;

    /// <summary>Where the first word at or after <paramref name="from"/> starts and how long it is; a length of 0 when there is none.</summary>
    public static (int Start, int Length) NextWord(ReadOnlySpan<char> text, int from)
    {
        var start = from;
        while (start < text.Length && !IsWordUnit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && IsWordUnit(text[end]))
        {
            end++;
        }

        return (start, end - start);
    }

    public static string Fold(string word)
    {
        // Decomposed before lower-cased: the invariant culture keeps 'İ' as it is, where JavaScript's
        // toLowerCase makes it 'i' and a dot above; decomposed first, it is 'I' and the dot, so both end 'i'.
        var decomposed = word.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // U+0300–U+036F, the combining diacritical marks: the script's /[\u0300-\u036f]/g.
            if (c is < '\u0300' or > '\u036f')
            {
                folded.Append(c == 'đ' ? 'd' : c);
            }
        }

        return folded.ToString();
    }

    /// <summary>The first letter of a folded word as four hex digits: the vocabulary file it is listed in.</summary>
    public static string FirstLetterCode(string folded) => ((int)folded[0]).ToString("x4", CultureInfo.InvariantCulture);

    /// <summary>Which postings file holds a key: FNV-1a over its UTF-16 units, as the script computes it.</summary>
    public static int BucketOf(string key, int buckets)
    {
        var hash = 0x811c9dc5u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)buckets);
    }

    private static ulong[] WordUnitTable()
    {
        var table = new ulong[65536 / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.GetUnicodeCategory((char)c) is
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                table[c >> 6] |= 1UL << c;
            }
        }

        return table;
    }
}
