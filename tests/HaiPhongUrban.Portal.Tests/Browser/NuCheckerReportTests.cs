namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>The Nu checker's report is read back to the right file and line, or a broken page would pass as "0 errors".</summary>
public sealed class NuCheckerReportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    [NuCheckerFact]
    public void Reports_each_error_at_its_file_and_line()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "trang"));
        var good = Path.Combine(_folder, "index.html");
        var bad = Path.Combine(_folder, "trang", "index.html");
        File.WriteAllText(good, "<!DOCTYPE html>\n<html lang=\"vi\"><head><title>Tốt</title></head><body><p>Đúng.</p></body></html>\n");
        File.WriteAllText(bad, "<!DOCTYPE html>\n<html lang=\"vi\"><head><title>Hỏng</title></head><body>\n<div><li>Sai chỗ</li></div>\n</body></html>\n");

        var messages = NuChecker.Check([good, bad]);

        var message = Assert.Single(messages);
        Assert.Equal(bad, message.File);
        Assert.Equal(3, message.Line);
        Assert.Contains("“li”", message.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
