namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// Every full text of the site, in the order the sections modelled them: the Conclusion's first, then
/// those of the registry's documents. A citation from any of them counts on the cited document's page.
/// </summary>
public sealed record OfficialTexts(IReadOnlyList<OfficialText> All)
{
    public static readonly OfficialTexts None = new([]);

    public OfficialTexts And(OfficialText text) => new([.. All, text]);
}
