using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>content/_redirects over the real site: checked against the rendered pages, published unchanged.</summary>
public sealed class CheckRedirectsTests
{
    private static IReadOnlyList<string> BuildWithRedirects(string rules, out Workspace workspace)
    {
        workspace = Workspace.Create();
        File.AppendAllText(workspace.ContentFile("_redirects"), rules);
        var result = Runs.Build(workspace);
        return Runs.Errors(result, workspace.Root);
    }

    [Fact]
    public void Rules_to_pages_anchors_files_and_other_sites_are_published_unchanged_at_the_root()
    {
        const string Rules = "/cu/ /ket-luan/ 301\n/doan-cu/ /ket-luan/#han-che-5 301\n/cu.csv /du-lieu/ket-qua-han-che-nhiem-vu/nhiem-vu.csv\n/ngoai/ https://example.org/ 302\n/du-lieu/ /ket-luan/ 301!\n";
        var errors = BuildWithRedirects(Rules, out var workspace);
        using (workspace)
        {
            Assert.Empty(errors);
            Assert.Equal(File.ReadAllBytes(workspace.ContentFile("_redirects")), File.ReadAllBytes(Path.Combine(workspace.Output, "_redirects")));
        }
    }

    [Fact]
    public void A_rule_to_a_missing_page_or_anchor_or_from_a_page_that_still_exists_fails_at_its_line()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Content, "_redirects")).Length;
        var errors = BuildWithRedirects("/cu/ /khong-co/ 301\n/cu2/ /ket-luan/#khong-co 301\n/du-lieu/ /ket-luan/ 301\n", out var workspace);
        using (workspace)
        {
            Assert.Equal(
                [
                    $"content/_redirects:{lines + 1}:6: error: The new address '/khong-co/' is not in the site just built",
                    $"content/_redirects:{lines + 2}:7: error: The page /ket-luan/ exists but has no anchor '#khong-co'.",
                    $"content/_redirects:{lines + 3}:1: error: The old address '/du-lieu/' is still a page or file of the portal",
                ],
                errors.Select(e => e[..(e.IndexOf(", so", StringComparison.Ordinal) is > 0 and var cut ? cut : e.IndexOf(" Fix", StringComparison.Ordinal))]));
            Assert.False(Directory.Exists(workspace.Output));
        }
    }
}
