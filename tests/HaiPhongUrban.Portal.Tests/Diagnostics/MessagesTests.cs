using HaiPhongUrban.Portal.Tests.StaffGuide;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Diagnostics;

/// <summary>
/// Every message's Vietnamese says it in Vietnamese: no "site", "build" or "content" for cổng, dựng and
/// nội dung (file and folder names such as site.yml, content/ or --content excepted), and none of the YAML
/// reader's English.
/// </summary>
public sealed partial class MessagesTests
{
    [GeneratedRegex(@"(?<![\w./'-])(site|build|content|While|found)(?![\w./'-])", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    [Fact]
    public void Vietnamese_wordings_use_vietnamese_words()
    {
        var english = MessageWordings.All
            .Where(m => EnglishWord().IsMatch(m.Message.Vietnamese))
            .Select(m => $"{m.Name}: '{EnglishWord().Match(m.Message.Vietnamese).Value}' in \"{m.Message.Vietnamese}\"")
            .ToList();

        Assert.True(english.Count == 0, string.Join('\n', english));
    }

    [Fact]
    public void The_check_finds_an_english_word_but_not_a_file_name()
    {
        Assert.Matches(EnglishWord(), "Không ghi site vào đây.");
        Assert.DoesNotMatch(EnglishWord(), "Hãy điền trong site.yml hoặc content/site.yml, hay dùng --content.");
    }
}
