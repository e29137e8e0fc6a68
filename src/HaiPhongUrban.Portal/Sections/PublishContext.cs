using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Kernel.Theme;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// Where sections publish their files that are not pages, and the record of every address written, which
/// the link check resolves links against and the closing line counts. Files describe the content, so they
/// are worded in the content's language (<see cref="ContentStrings"/>) whatever the interface's.
/// </summary>
public sealed class PublishContext(IOutputSink sink, StringTable contentStrings)
{
    private readonly List<string> _urls = [];

    public IOutputSink Sink => sink;

    public StringTable ContentStrings => contentStrings;

    public IReadOnlyList<string> Urls => _urls;

    /// <summary>Writes a whole file at its address.</summary>
    public void Write(string url, byte[] bytes)
    {
        sink.Write(UrlPath.OutputFile(url), bytes);
        _urls.Add(url);
    }

    /// <summary>Records a file a section streamed into <see cref="Sink"/> itself (a download of a million rows).</summary>
    public void Written(string url) => _urls.Add(url);
}
