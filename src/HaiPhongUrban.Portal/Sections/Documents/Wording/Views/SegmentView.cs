namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>
/// A run of official wording; <see cref="CorrectionUrl"/> is non-empty when it is a corrected word to
/// mark. Views hold no nulls: strict templates treat a null member as a typo.
/// </summary>
public sealed record SegmentView(string Text, string CorrectionUrl);
