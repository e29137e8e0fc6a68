namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>A dated event on the home page, linked to where it is described.</summary>
public sealed record KeyDateView(string DateDisplay, string DateIso, string Label, string Url);
