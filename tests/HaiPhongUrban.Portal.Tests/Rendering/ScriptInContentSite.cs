using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The real content with script typed into one field of each kind (see <see cref="ScriptInContentTests"/>),
/// built once for all of that class's tests.
/// </summary>
public sealed class ScriptInContentSite : IDisposable
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(1)>";
    public const string Both = Script + " " + Image;

    public Workspace Workspace { get; } = Workspace.Create();

    public ScriptInContentSite()
    {
        Edit("site.yml", "title: Cổng thông tin quy hoạch đô thị Hải Phòng", $"title: \"Cổng {Both}\"");
        Edit("datasets/theo-doi-thuc-hien/dataset.yml", "title: Theo dõi thực hiện các nhóm nhiệm vụ", $"title: \"Theo dõi {Both}\"");
        Edit("van-ban.yml", "title: về phát triển và quản lý đô thị Hải Phòng đến năm 2025, tầm nhìn đến năm 2050", $"title: \"về phát triển {Both}\"");
        Edit("ket-luan/bien-tap.yml", "short_title: Nhận thức, bộ máy và cải cách hành chính", $"short_title: \"Nhận thức {Both}\"");
        Edit("chu-de.yml", "name: Cơ chế, chính sách", $"name: \"Cơ chế {Both}\"");
        var tracker = Workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv");
        var rows = File.ReadAllLines(tracker);
        rows[1] = rows[1][..rows[1].LastIndexOf(',')] + $",\"Ghi chú {Both}\"";
        File.WriteAllLines(tracker, rows);
        File.WriteAllText(Workspace.ContentFile("pages/thu-doc-hai.md"),
            $"---\ntitle: \"Trang {Both}\"\ndescription: \"Mô tả {Both}\"\n---\n\n{Script}\n\n<div onclick=\"alert(1)\">khối HTML</div>\n\nChữ {Image} giữa dòng và <a href=\"javascript:alert(1)\">liên kết HTML</a>.\n");

        var result = Runs.Build(Workspace);
        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, Workspace.Root)));
    }

    public void Dispose() => Workspace.Dispose();

    private void Edit(string relative, string find, string replace)
    {
        var path = Workspace.ContentFile(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
