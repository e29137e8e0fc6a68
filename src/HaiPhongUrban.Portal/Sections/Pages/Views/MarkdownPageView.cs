namespace HaiPhongUrban.Portal.Sections.Pages.Views;

/// <summary>A Markdown page: its HTML, made by Markdig with raw HTML off.</summary>
public sealed record MarkdownPageView(string Html);
