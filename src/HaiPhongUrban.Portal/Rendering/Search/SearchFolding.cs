using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Words as search-core.js compares them, for the postings the build writes: the same word pattern
/// (letters, digits and marks) and the same folding (lower case, every diacritic removed, đ as d), so
/// that the entries a posting lists are exactly those the script's own matching would find.
/// </summary>
public static partial class SearchFolding
{
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();

    /// <summary>The folded words of a text, in order.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text).Select(m => Fold(m.Value)).ToList();

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
}
