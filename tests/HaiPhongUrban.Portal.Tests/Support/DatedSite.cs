using HaiPhongUrban.Portal.Building;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The real content after some later changes, built once: updates in cap-nhat.yml on other days than
/// the first publication (naming a page, an anchor, an index.html address), Markdown pages with
/// <c>updated:</c> in their front matter, and a dataset modified later. Every date differs from the
/// seed's and from the day the tests run, so a date taken from anywhere but content shows. The later
/// dates are in 2099, after anything staff will add in earnest: a dataset or update added by the staff
/// guide's recipes must not change which date wins here (a dataset modified in 2027 once made the
/// catalogue's date its own). One update stays on the seed's 2026-12-02, for the feed's same-day order.
/// </summary>
public sealed class DatedSite : IDisposable
{
    /// <summary>Appended to cap-nhat.yml: each later than the first publication, in no particular order.</summary>
    public const string LaterUpdates = """

        - id: sua-ghi-chu-van-ban
          date: 2099-11-28
          title: Sửa ghi chú một văn bản
          summary: Ghi chú của văn bản được viết lại cho rõ.
          url: /ket-luan/
        - id: sua-doan-mo-dau
          date: 2099-12-01
          title: Sửa đoạn mở đầu
          summary: Đoạn mở đầu được đối chiếu lại.
          url: /ket-luan/#mo-dau
          other_urls:
            - /van-ban/nghi-quyet-04-nq-tu/index.html
        - id: cap-nhat-tuyen-bo
          date: 2026-12-02
          title: Cập nhật tuyên bố tiếp cận
          summary: Thêm một hạn chế đã biết.
          url: /tiep-can/
        - id: them-dinh-chinh
          date: 2099-12-04
          title: Thêm một đính chính
          summary: Một chữ nhận dạng sai được sửa.
          url: /gioi-thieu/#dinh-chinh
        """;

    private readonly Workspace _workspace = Workspace.Create();

    public DatedSite()
    {
        File.AppendAllText(_workspace.ContentFile("cap-nhat.yml"), LaterUpdates);
        AddToFrontMatter("pages/tiep-can.md", "updated: 2099-12-05");    // later than its update: the page's own date wins
        AddToFrontMatter("pages/gioi-thieu.md", "updated: 2099-11-30");  // earlier than its update: the update wins
        Replace("datasets/noi-nhan/dataset.yml", "modified: 2026-11-25", "modified: 2099-12-06");
        Result = SiteBuilder.Run(new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, true, _workspace.Root, BaseUrl));
    }

    public const string BaseUrl = "https://quy-hoach.example.vn";

    public BuildResult Result { get; }

    public string Output => _workspace.Output;

    public string Content => _workspace.Content;

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string FileOf(string url) => Path.Combine(Output, Portal.Kernel.Urls.UrlPath.OutputFile(url.Split('#')[0]));

    public void Dispose() => _workspace.Dispose();

    private void AddToFrontMatter(string page, string line) => Replace(page, "\nlayout:", $"\n{line}\nlayout:");

    private void Replace(string file, string from, string to)
    {
        var path = _workspace.ContentFile(file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}

[CollectionDefinition(Name)]
public sealed class DatedSiteCollection : ICollectionFixture<DatedSite>
{
    public const string Name = "dated site";
}
