using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Planning.Geography;
using System.Reflection;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>The boundary messages keep the rules of Messages.cs: both languages, own codes, a sentence that ends.</summary>
public sealed class GeographyMessagesTests
{
    [Fact]
    public void Every_message_is_listed_worded_in_both_languages_with_a_code_of_its_own()
    {
        var declared = typeof(GeographyMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Message)).Select(f => (Message)f.GetValue(null)!).ToList();
        var portal = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Message)).Select(f => ((Message)f.GetValue(null)!).Code).ToHashSet();

        Assert.Equal(declared, GeographyMessages.All);
        Assert.All(declared, m =>
        {
            Assert.StartsWith("boundary-", m.Code, StringComparison.Ordinal);
            Assert.DoesNotContain(m.Code, portal);
            Assert.EndsWith(".", m.Vietnamese, StringComparison.Ordinal);
            Assert.EndsWith(".", m.English, StringComparison.Ordinal);
            // The same placeholders in both wordings, so no argument is lost in translation.
            Assert.Equal(Placeholders(m.Vietnamese), Placeholders(m.English));
        });
        Assert.Equal(declared.Count, declared.Select(m => m.Code).Distinct().Count());
    }

    private static string[] Placeholders(string wording) =>
        [.. System.Text.RegularExpressions.Regex.Matches(wording, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
