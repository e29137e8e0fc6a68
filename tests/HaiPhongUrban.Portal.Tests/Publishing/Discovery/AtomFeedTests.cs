using HaiPhongUrban.Portal.Sections.Updates.Publishing;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using System.Xml.Linq;
using static HaiPhongUrban.Portal.Tests.Support.StrictXml;

namespace HaiPhongUrban.Portal.Tests.Publishing.Discovery;

public sealed class AtomFeedTests
{
    private const string BaseUrl = "https://quy-hoach.example.vn";

    // Newest first, as the model orders them; the first title carries every character XML must escape.
    private static readonly Update[] Updates =
    [
        new("dinh-chinh-moi", new DateOnly(2026, 12, 3), "Đính chính <b>chữ</b> & \"dấu\" 'nháy'", "Sửa một chữ ở đoạn mở đầu.", "/ket-luan/#mo-dau", ["/gioi-thieu/#dinh-chinh", "/du-lieu/"]),
        new("cong-bo", new DateOnly(2026, 11, 25), "Công bố", "Lần công bố đầu tiên.", "/", []),
    ];

    private static XDocument Feed(string baseUrl = "", IReadOnlyList<Update>? updates = null) =>
        Parse(AtomFeed.Write(new FeedHeader("Cổng", "Lịch sử cập nhật", "vi", baseUrl, "Ban biên tập", string.Empty), updates ?? Updates));

    [Fact]
    public void Is_well_formed_atom_with_every_element_rfc_4287_requires()
    {
        var feed = Feed().Root!;

        Assert.Equal(InAtom("feed"), feed.Name);
        Assert.Equal("vi", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.StartsWith("urn:uuid:", Assert.Single(feed.Elements(InAtom("id"))).Value, StringComparison.Ordinal);
        Assert.Equal("Cổng", Assert.Single(feed.Elements(InAtom("title"))).Value);
        Assert.Single(feed.Elements(InAtom("updated")));
        Assert.Equal("Ban biên tập", feed.Element(InAtom("author"))?.Element(InAtom("name"))?.Value);
        Assert.Single(feed.Elements(InAtom("link")), l => (string?)l.Attribute("rel") == "self");

        var entries = feed.Elements(InAtom("entry")).ToList();
        Assert.Equal(Updates.Length, entries.Count);
        foreach (var (entry, update) in entries.Zip(Updates))
        {
            Assert.StartsWith("urn:uuid:", Assert.Single(entry.Elements(InAtom("id"))).Value, StringComparison.Ordinal);
            Assert.Equal(update.Title, Assert.Single(entry.Elements(InAtom("title"))).Value);
            Assert.Equal(update.Summary, Assert.Single(entry.Elements(InAtom("summary"))).Value);
            Assert.Single(entry.Elements(InAtom("updated")));
            Assert.Equal(update.Url, Assert.Single(entry.Elements(InAtom("link")), l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
            Assert.Equal(update.OtherUrls, entry.Elements(InAtom("link")).Where(l => (string?)l.Attribute("rel") == "related").Select(l => l.Attribute("href")!.Value));
        }
    }

    [Fact]
    public void Dates_are_the_content_days_in_vietnam_and_the_feed_is_as_new_as_its_newest_entry()
    {
        var feed = Feed().Root!;
        var old = Feed(updates: [Updates[1] with { Date = new DateOnly(2020, 2, 29) }]).Root!;

        Assert.Equal("2026-12-03T00:00:00+07:00", feed.Element(InAtom("updated"))!.Value);
        Assert.Equal(["2026-12-03T00:00:00+07:00", "2026-11-25T00:00:00+07:00"], feed.Elements(InAtom("entry")).Select(e => e.Element(InAtom("updated"))!.Value));
        Assert.Equal("2020-02-29T00:00:00+07:00", old.Element(InAtom("updated"))!.Value);
    }

    [Fact]
    public void Ids_stay_the_same_whatever_the_base_url_and_differ_between_entries()
    {
        static List<string> Ids(XDocument feed) => feed.Descendants(InAtom("id")).Select(i => i.Value).ToList();

        var relative = Ids(Feed());
        var absolute = Ids(Feed(BaseUrl));
        var moved = Ids(Feed("https://another.example.org/portal"));

        Assert.Equal(relative, absolute);
        Assert.Equal(relative, moved);
        Assert.Equal(relative.Count, relative.Distinct().Count());
        Assert.Equal([AtomFeed.FeedId, AtomFeed.EntryId("dinh-chinh-moi"), AtomFeed.EntryId("cong-bo")], relative);
    }

    /// <summary>
    /// Published ids are a promise to every feed reader: a change to the namespace or the names would
    /// show every entry again as new. These are the ids the first published feed carried.
    /// </summary>
    [Fact]
    public void Ids_are_the_ones_first_published()
    {
        Assert.Equal("urn:uuid:1a4418af-1dc4-507c-9c63-ce155476ac07", AtomFeed.FeedId);
        Assert.Equal("urn:uuid:2330a8e8-c5f6-552a-9bbe-0d8e36a084d2", AtomFeed.EntryId("cong-bo-toan-van-ket-luan"));
    }

    [Fact]
    public void Links_are_absolute_with_a_base_url_and_site_relative_without()
    {
        static List<string> Links(XDocument feed) => feed.Descendants(InAtom("link")).Select(l => l.Attribute("href")!.Value).ToList();

        var relative = Links(Feed());
        var absolute = Links(Feed(BaseUrl + "/"));

        Assert.Equal(["/feed.xml", "/cap-nhat/", "/ket-luan/#mo-dau", "/gioi-thieu/#dinh-chinh", "/du-lieu/", "/"], relative);
        Assert.Equal(relative.Select(l => BaseUrl + l), absolute);
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes() =>
        Assert.Equal(
            AtomFeed.Write(new FeedHeader("Cổng", "x", "vi", BaseUrl, "Cổng", string.Empty), Updates),
            AtomFeed.Write(new FeedHeader("Cổng", "x", "vi", BaseUrl, "Cổng", string.Empty), Updates.ToList()));
}
