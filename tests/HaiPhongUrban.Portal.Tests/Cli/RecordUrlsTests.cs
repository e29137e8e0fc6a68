using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// record-urls, the portal's own command for published-urls.txt: it adds what the portal publishes now,
/// keeps every address already listed (even one no longer built), and records nothing while there is an error.
/// </summary>
public sealed class RecordUrlsTests
{
    private static (int Code, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Records_the_new_addresses_keeps_the_old_ones_and_validate_then_warns_no_more()
    {
        using var workspace = Workspace.Create();
        var list = workspace.WithPublishedUrls("/gioi-thieu/", "/huong-dan/");
        File.AppendAllText(list, "/bo-di/\n");

        var (code, stdout, stderr) = Run(workspace.Root, "record-urls");

        Assert.Equal(0, code);
        Assert.EndsWith($"Đã ghi 2 địa chỉ mới vào published-urls.txt: /gioi-thieu/, /huong-dan/. Hãy commit tệp này cùng thay đổi.{Environment.NewLine}", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("published-urls.txt:1:1", stderr, StringComparison.Ordinal);
        var recorded = PublishedUrlList.Read(list);
        Assert.Contains("/gioi-thieu/", recorded);
        Assert.Contains("/bo-di/", recorded); // a listed URL is never dropped, built or not
        Assert.Equal(recorded.Order(StringComparer.Ordinal), recorded);
        Assert.Equal(PublishedUrls.Read().Append("/bo-di/").Order(StringComparer.Ordinal), recorded);
        Assert.DoesNotContain("published-urls.txt", Run(workspace.Root, "validate").Err, StringComparison.Ordinal);
        Assert.Contains("nothing to record", Run(workspace.Root, "record-urls", "--lang", "en").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_nothing_while_the_content_has_an_error()
    {
        using var workspace = Workspace.Create();
        var list = workspace.WithPublishedUrls("/gioi-thieu/");
        var before = File.ReadAllText(list);
        File.WriteAllText(workspace.ContentFile("site.yml"), "title: [unclosed\n");

        var (code, _, stderr) = Run(workspace.Root, "record-urls");

        Assert.Equal(1, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
        Assert.Contains("Chưa ghi địa chỉ nào", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(list));
    }
}
