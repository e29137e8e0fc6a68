namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// A date content gives a page: the page at <paramref name="Url"/> was last updated no earlier than
/// <paramref name="Date"/> (an <c>#anchor</c> or a query names the page it is on). A null URL dates every
/// page nothing else dates: the portal's first publication.
/// </summary>
public sealed record PageDate(string? Url, DateOnly Date);
