namespace HaiPhongUrban.Portal.Kernel.Text;

/// <summary>
/// Finds words inside wording as whole words: "chế" must match in "hạn chế" but not inside a longer
/// word. Shared by validation (is the correction there?) and the model (where to mark it).
/// </summary>
public static class TextSearch
{
    public static int CountWords(string text, string words) => Find(text, words).Count();

    /// <summary>Where the <paramref name="occurrence"/>-th (1-based) whole-word match starts, or null if there is none.</summary>
    public static int? Nth(string text, string words, int occurrence) =>
        Find(text, words).Skip(occurrence - 1).Select(start => (int?)start).FirstOrDefault();

    /// <summary>The start index of each whole-word occurrence, in order.</summary>
    public static IEnumerable<int> Find(string text, string words)
    {
        if (words.Length == 0)
        {
            yield break;
        }

        var start = 0;
        while ((start = text.IndexOf(words, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + words.Length;
            var wholeBefore = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            var wholeAfter = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (wholeBefore && wholeAfter)
            {
                yield return start;
            }

            start = end;
        }
    }
}
