using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>The items of one kind (all limitations, all task groups…) as entry points.</summary>
public sealed record KindGroupView(string Kind, int Count, IReadOnlyList<ParagraphRefView> Items);
