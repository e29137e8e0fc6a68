using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// One editorial link seen from one side: <see cref="Other"/> is the item at the other end. Both
/// quotes are always given the same way round (the task group's words, then the other item's), so
/// a reader compares like with like. <see cref="Id"/> is its anchor on the traceability page and
/// <see cref="Url"/> the address of its entry in the list by limitation or result;
/// <see cref="TargetKind"/> ("limitation", "result") names whose words <see cref="TargetWords"/> are.
/// </summary>
public sealed record TraceLinkView(ParagraphRefView Other, string TaskWords, string TargetWords, string TargetKind, string Id, string Url);
