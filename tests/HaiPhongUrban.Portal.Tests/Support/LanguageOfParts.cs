using System.Text;
using AngleSharp.Dom;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Finds Vietnamese words a page does not mark as Vietnamese: every text node and every attribute value
/// holding a Vietnamese letter whose nearest <c>lang</c> (on the element itself or an ancestor) is not
/// "vi…". On a page whose interface is English, each one is either a Vietnamese interface string left
/// behind or content that lost its lang="vi" (WCAG 3.1.2, language of parts).
/// </summary>
public static class LanguageOfParts
{
    /// <summary>
    /// The letters only Vietnamese uses among the languages the portal shows: đ and every vowel with a
    /// Vietnamese diacritic (ă â ê ô ơ ư, the five tone marks, and both together), upper and lower case.
    /// Built from the vowels and marks, so that no letter is forgotten in a hand-typed list.
    /// </summary>
    public static readonly IReadOnlySet<char> VietnameseLetters = BuildLetters();

    /// <summary>The combining marks of those letters, for text that arrives decomposed (NFD).</summary>
    private static readonly char[] Marks = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323'];

    public static bool HasVietnameseLetter(string text) =>
        text.Normalize(NormalizationForm.FormC).Any(c => VietnameseLetters.Contains(c) || Marks.Contains(c));

    /// <summary>Every unmarked Vietnamese piece of the document, as "where: text".</summary>
    public static IReadOnlyList<string> Unmarked(IDocument document)
    {
        var found = new List<string>();
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (HasVietnameseLetter(attribute.Value) && !IsVietnamese(element))
                {
                    found.Add($"<{element.LocalName}> {attribute.Name}=\"{attribute.Value}\"");
                }
            }

            foreach (var text in element.ChildNodes.OfType<IText>())
            {
                if (HasVietnameseLetter(text.Data) && !IsVietnamese(element))
                {
                    found.Add($"<{element.LocalName}> text \"{text.Data.Trim()}\"");
                }
            }
        }

        return found;
    }

    /// <summary>The document's text and attribute values outside any lang="vi…" element, joined, for looking up whole strings.</summary>
    public static string UnmarkedText(IDocument document)
    {
        var text = new StringBuilder();
        foreach (var element in document.All.Where(e => !IsVietnamese(e)))
        {
            foreach (var attribute in element.Attributes)
            {
                text.Append(attribute.Value).Append('\n');
            }

            foreach (var node in element.ChildNodes.OfType<IText>())
            {
                text.Append(node.Data);
            }
        }

        return text.ToString();
    }

    /// <summary>Whether the element's language, by its nearest lang attribute, is Vietnamese.</summary>
    public static bool IsVietnamese(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("lang") is { } lang)
            {
                return lang.Equals("vi", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("vi-", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static HashSet<char> BuildLetters()
    {
        // Tones: grave, acute, hook above, tilde, dot below; shapes: breve, circumflex, horn.
        char[] tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
        string[] vowels = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"];
        var letters = new HashSet<char> { 'đ', 'Đ' };
        foreach (var vowel in vowels)
        {
            var forms = tones.Select(t => vowel + t).Append(vowel).Where(f => f.Length > 1);
            foreach (var form in forms)
            {
                foreach (var cased in new[] { form, form.ToUpperInvariant() })
                {
                    var composed = cased.Normalize(NormalizationForm.FormC);
                    Assert.True(composed.Length == 1, $"'{cased}' has no precomposed letter");
                    letters.Add(composed[0]);
                }
            }
        }

        return letters;
    }
}
