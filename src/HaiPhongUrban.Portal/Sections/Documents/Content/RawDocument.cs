using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Documents.Content;

/// <summary>A document the Conclusion names (<c>van-ban.yml</c>); empty strings where the text says nothing.</summary>
public sealed record RawDocument(
    Located<string> Slug,
    Located<string> Type,
    string Number,
    DateOnly? Date,
    string Issuer,
    string Title,
    Located<string> Relation,
    string Note);
