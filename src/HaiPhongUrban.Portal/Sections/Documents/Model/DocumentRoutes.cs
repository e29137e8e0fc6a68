namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>The addresses of the registry of documents: all of them start with <see cref="Segment"/>.</summary>
public static class DocumentRoutes
{
    public const string Segment = "van-ban";
    public const string List = "/" + Segment + "/";

    public static string Document(string slug) => $"{List}{slug}/";

    /// <summary>A document's full text, one anchor per paragraph, beside its page in the registry.</summary>
    public static string FullText(string slug) => $"{Document(slug)}toan-van/";

    /// <summary>Where a document's source and errata are listed: a part of its page in the registry.</summary>
    public static string Provenance(string slug) => Document(slug) + "#nguon-van-ban";
}
