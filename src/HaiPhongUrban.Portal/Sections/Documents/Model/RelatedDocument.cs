namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// A document the Conclusion names. Empty strings and a null date mean the text does not say;
/// templates show that as such rather than hiding the field.
/// </summary>
public sealed record RelatedDocument(
    string Slug,
    string Type,
    string Number,
    DateOnly? Date,
    string Issuer,
    string Title,
    string Relation,
    string Note,
    IReadOnlyList<string> CitingParagraphIds);

/// <summary>The closed vocabularies of <c>van-ban.yml</c>; their labels are theme strings.</summary>
public static class DocumentVocabulary
{
    public static readonly IReadOnlyList<string> Types =
        ["resolution", "official-letter", "action-programme", "report", "strategy", "scheme"];

    public static readonly IReadOnlyList<string> Relations =
        ["reviewed", "report-heard", "central-basis", "city-programme", "review-report", "named-in-task"];
}
