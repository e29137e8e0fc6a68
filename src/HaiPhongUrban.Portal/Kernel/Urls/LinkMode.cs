namespace HaiPhongUrban.Portal.Kernel.Urls;

/// <summary>
/// How a build writes the portal's own links, decided once per build (<c>build --offline</c> chooses
/// <see cref="Disk"/>) and applied to every page as it is written, then checked on what was written.
/// </summary>
public enum LinkMode
{
    /// <summary>
    /// The published site: every link from the site's root (<c>/du-lieu/x/</c>), addresses of pages
    /// ending in '/', which a web server answers with the folder's index.html. Opened from disk, such a
    /// link points at the root of the disk.
    /// </summary>
    Served,

    /// <summary>
    /// A copy to open from disk (<c>file://</c>, a USB stick, an archive): every link relative to the page
    /// it is on and naming the file itself (<c>../du-lieu/x/index.html</c>), since on disk no server turns a
    /// folder into its index.html and a link to a folder shows the folder's listing (<see cref="UrlPath.OnDisk"/>).
    /// </summary>
    Disk,
}
