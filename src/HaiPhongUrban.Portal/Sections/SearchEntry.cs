namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// One thing a search can find: a paragraph or heading of the Conclusion, a related document, a
/// dataset, or a section of a Markdown page. The script ranks <see cref="Title"/> above
/// <see cref="Heading"/> above <see cref="Text"/>, so each field holds what deserves that weight.
/// </summary>
/// <param name="Kind">What it is, one of the kinds the sections claim (<see cref="SectionClaims.SearchKinds"/>); the page names it with the theme string <c>search.kinds.&lt;kind&gt;</c>.</param>
/// <param name="Number">The printed number of an item ("(3)", "2"), empty otherwise.</param>
/// <param name="Title">Its own name, never empty (the results list shows it as the link): an item's short title, a section's heading, a document's number and title, a paragraph's place when it has no short title ("Đoạn 2").</param>
/// <param name="Heading">Where it stands or what labels it: the section heading, a page's sub-heading, keywords.</param>
/// <param name="Text">The words shown as the snippet: the official wording of a paragraph, a description.</param>
/// <param name="Url">Where a result leads: the paragraph's anchor in the full text, or the page.</param>
public sealed record SearchEntry(string Kind, string Number, string Title, string Heading, string Text, string Url);
