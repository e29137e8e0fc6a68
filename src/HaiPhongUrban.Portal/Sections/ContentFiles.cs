namespace HaiPhongUrban.Portal.Sections;

/// <summary>How a section names its files: relative to <c>content/</c>, as the README's table gives them to staff.</summary>
public static class ContentFiles
{
    public static string PathOf(string contentDirectory, string relative) =>
        Path.GetFullPath(Path.Combine(contentDirectory, relative));
}
