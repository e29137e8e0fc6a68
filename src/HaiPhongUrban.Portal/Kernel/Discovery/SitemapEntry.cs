namespace HaiPhongUrban.Portal.Kernel.Discovery;

/// <summary>One page in the sitemap: its absolute address and the day content says it last changed (yyyy-mm-dd).</summary>
public sealed record SitemapEntry(string Location, string LastModified);
