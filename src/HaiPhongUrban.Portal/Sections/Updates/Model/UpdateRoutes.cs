namespace HaiPhongUrban.Portal.Sections.Updates.Model;

/// <summary>The change history and the feed that carries the same entries.</summary>
public static class UpdateRoutes
{
    public const string Segment = "cap-nhat";

    /// <summary>The change history page, made from content/cap-nhat.yml; the Atom feed carries the same entries.</summary>
    public const string Updates = "/" + Segment + "/";

    /// <summary>At the root, where feed readers look for it.</summary>
    public const string Feed = "/feed.xml";
}
