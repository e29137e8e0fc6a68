namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>The browser tests share one build, one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser site";
}
