using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Sections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed class SearchBundlesTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Fields the encoder writes as themselves, and fields it escapes (quotes, HTML's characters, a newline, a lone surrogate).</summary>
    private static readonly string[] Samples =
    [
        "",
        "Quy hoạch chung thành phố Hải Phòng đến năm 2040",
        "Đô thị 😀 xanh, 1/2 (khóa XIV) - 04-NQ/TU",
        "Ghi \"trong ngoặc\" và 'đơn'",
        "a < b & c > d + e `f`",
        "dòng một\ndòng hai\ttab\\",
        "lẻ \ud800 một nửa",
    ];

    public static TheoryData<string> Texts() => [.. Samples];

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_entry_is_measured_as_long_as_it_is_serialised(string text)
    {
        var entry = new SearchEntry("paragraph", "(3)", "Đoạn " + text, text, text + text, "/ket-luan/#doan-3");
        var emptyLength = JsonSerializer.SerializeToUtf8Bytes(new SearchEntry("", "", "", "", "", ""), Options).Length;

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(entry, Options).Length, SearchBundles.SerialisedLength(entry, emptyLength, Options));
    }

    /// <summary>The bundles as serialising each entry, taking their mean length and serialising runs of that many gave them.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(500)]
    public void The_bundles_hold_as_many_entries_as_their_mean_length_allows_each_a_json_array(int count)
    {
        var texts = Samples;
        var entries = Enumerable.Range(0, count)
            .Select(e => new SearchEntry("page", "", $"Trang {e}", texts[e % texts.Length], string.Concat(Enumerable.Repeat(texts[(e * 3) % texts.Length], e % 40)), $"/trang/{e}/"))
            .ToList();

        var (bundle, files) = SearchBundles.Of(entries, Options);

        var meanLength = count == 0 ? 1 : entries.Sum(e => JsonSerializer.SerializeToUtf8Bytes(e, Options).Length) / count;
        Assert.Equal(Math.Clamp(4096 / Math.Max(meanLength, 1), 1, 64), bundle);
        Assert.Equal(entries.Chunk(bundle).Select(run => JsonSerializer.SerializeToUtf8Bytes(run, Options)), files);
    }
}
