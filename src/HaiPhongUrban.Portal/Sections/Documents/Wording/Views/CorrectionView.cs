using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>A correction in the errata list; <see cref="Id"/> is the anchor marked words link to.</summary>
public sealed record CorrectionView(string Id, ParagraphRefView Paragraph, string Printed, string Corrected, string Reason);
