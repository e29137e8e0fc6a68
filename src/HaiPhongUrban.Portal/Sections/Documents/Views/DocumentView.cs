using HaiPhongUrban.Portal.Sections.Documents.Wording.Views;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections.Documents.Views;

/// <summary>
/// One document of the registry, on its own page and in the list. <see cref="CitedBy"/> holds the
/// paragraphs of any full text that cite it; <see cref="FullTextUrl"/> is empty, and
/// <see cref="Provenance"/> <see cref="ProvenanceView.None"/>, unless the portal publishes its full text.
/// </summary>
public sealed record DocumentView(
    string Slug,
    string Url,
    string Label,
    string Type,
    string Number,
    string DateDisplay,
    string DateIso,
    string Issuer,
    string Title,
    string Relation,
    string Note,
    IReadOnlyList<ParagraphRefView> CitedBy,
    string FullTextUrl,
    ProvenanceView Provenance);
