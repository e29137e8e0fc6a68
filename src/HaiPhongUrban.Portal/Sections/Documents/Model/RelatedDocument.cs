namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// A document of the registry (<c>van-ban.yml</c>): what the text says of it, and nothing more. Empty
/// strings (and a null date) where the text does not say; the page shows "not published".
/// </summary>
/// <param name="CitedBy">Every paragraph of a full text whose editorial metadata cites this document.</param>
/// <param name="FullText">Its own full text, when the portal publishes one (<c>van-ban/&lt;slug&gt;/</c>).</param>
public sealed record RelatedDocument(
    string Slug,
    string Type,
    string Number,
    DateOnly? Date,
    string Issuer,
    string Title,
    string Relation,
    string Note,
    IReadOnlyList<Citation> CitedBy,
    OfficialText? FullText);

/// <summary>A paragraph of a full text (<see cref="OfficialText.Key"/>) that cites a document.</summary>
public sealed record Citation(string TextKey, string ParagraphId);

/// <summary>The values <c>type</c> and <c>relation</c> may take; each is a theme string.</summary>
public static class DocumentVocabulary
{
    public static readonly IReadOnlyList<string> Types =
        ["resolution", "official-letter", "action-programme", "report", "strategy", "scheme"];

    public static readonly IReadOnlyList<string> Relations =
        ["reviewed", "report-heard", "central-basis", "city-programme", "review-report", "named-in-task"];
}
