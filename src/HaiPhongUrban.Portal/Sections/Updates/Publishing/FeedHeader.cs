namespace HaiPhongUrban.Portal.Sections.Updates.Publishing;

/// <summary>
/// What the Atom feed says about itself. <see cref="BaseUrl"/> empty means the portal's address is not
/// known yet: links stay site-relative (see <see cref="AtomFeed"/>). <see cref="AuthorUrl"/> may be empty.
/// </summary>
public sealed record FeedHeader(string Title, string Subtitle, string Language, string BaseUrl, string AuthorName, string AuthorUrl);
