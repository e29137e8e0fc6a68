using static HaiPhongUrban.Portal.Tests.Publishing.Downloads.DownloadFixture;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>Changing TZ changes the whole process's local time, so these tests run alone, after the rest.</summary>
[CollectionDefinition(nameof(ProcessTimeZone), DisableParallelization = true)]
public sealed class ProcessTimeZone;

[Collection(nameof(ProcessTimeZone))]
public sealed class XlsxTimeZoneTests
{
    [Theory]
    [InlineData("Pacific/Kiritimati")] // UTC+14: already tomorrow
    [InlineData("America/Los_Angeles")] // still yesterday
    [InlineData("Asia/Ho_Chi_Minh")]
    public void Gives_identical_bytes_in_any_time_zone(string zone)
    {
        var utc = InTimeZone("UTC", XlsxWorkbookTests.WriteFixture);

        var elsewhere = InTimeZone(zone, () =>
        {
            // Proves the zone really changed, or the comparison below would prove nothing.
            Assert.Equal(zone, TimeZoneInfo.Local.Id);
            return XlsxWorkbookTests.WriteFixture();
        });

        Assert.Equal(utc, elsewhere);
        Assert.All(XlsxReadBack.Entries(elsewhere), e => Assert.Equal(Modified.ToDateTime(TimeOnly.MinValue), e.LastWriteTime.DateTime));
    }

    private static byte[] InTimeZone(string zone, Func<byte[]> write)
    {
        var before = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            return write();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", before);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
