using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// validate says, in the interface language and as a warning, which new addresses a change publishes that
/// published-urls.txt (in the folder above the content) does not promise yet, and the one command that
/// records them: staff learn it at validate time, not from CI's PublishedUrlsTests afterwards.
/// </summary>
public sealed class CheckPublishedUrlsTests
{
    private static (int Code, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_warns_in_vietnamese_of_each_new_address_and_gives_the_command_that_records_them()
    {
        using var workspace = Workspace.Create();
        workspace.WithPublishedUrls("/gioi-thieu/", "/huong-dan/");

        var (code, _, stderr) = Run(workspace.Root, "validate");

        Assert.Equal(0, code);
        Assert.Contains(
            "published-urls.txt:1:1: warning: Thay đổi này công bố 2 địa chỉ mới chưa có trong danh sách địa chỉ đã công bố: /gioi-thieu/, /huong-dan/. ",
            stderr, StringComparison.Ordinal);
        Assert.Contains($"'{PublishedUrlList.RecordCommand}'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_warning_is_in_english_with_lang_en()
    {
        using var workspace = Workspace.Create();
        workspace.WithPublishedUrls("/gioi-thieu/");

        var (_, _, stderr) = Run(workspace.Root, "validate", "--lang", "en");

        Assert.Contains("published-urls.txt:1:1: warning: This change publishes 1 new address(es) not yet in the list of published addresses: /gioi-thieu/. ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_is_read_from_the_folder_above_the_content_folder_not_the_current_one()
    {
        using var workspace = Workspace.Create();
        workspace.WithPublishedUrls("/gioi-thieu/");
        var elsewhere = Directory.CreateDirectory(Path.Combine(workspace.Root, "elsewhere")).FullName;

        var (_, _, stderr) = Run(elsewhere, "validate", "--content", "../content", "--theme", "../theme");

        Assert.Contains("../published-urls.txt:1:1: warning: ", stderr, StringComparison.Ordinal);
        Assert.Contains(": /gioi-thieu/. ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_with_no_list_above_it_promises_nothing_and_is_not_warned()
    {
        using var workspace = Workspace.Create();

        var (code, _, stderr) = Run(workspace.Root, "validate");

        Assert.Equal(0, code);
        Assert.DoesNotContain("published-urls.txt", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_list_gives_no_warning()
    {
        using var workspace = Workspace.Create();
        workspace.WithPublishedUrls();

        var (_, _, stderr) = Run(workspace.Root, "validate");

        Assert.DoesNotContain("published-urls.txt", stderr, StringComparison.Ordinal);
    }
}
