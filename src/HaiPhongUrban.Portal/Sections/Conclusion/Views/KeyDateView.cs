namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>
/// A dated event on the home page, linked to where it is described. <see cref="Kind"/> is
/// "document" (labelled by <see cref="Label"/>) or "meeting" (the meeting that adopted the Conclusion,
/// labelled by the theme string <c>home.meeting_event</c>).
/// </summary>
public sealed record KeyDateView(string DateDisplay, string DateIso, string Kind, string Label, string Url);
