using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Kernel.Theme;
using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// Where sections publish their files that are not pages, and the record of every address written, which
/// the link check resolves links against and the closing line counts. Files describe the content, so they
/// are worded in the content's language (<see cref="ContentStrings"/>) whatever the interface's.
/// </summary>
/// <remarks>
/// A download (data, a catalogue, a source text: a file a reader saves and may want to check) is written or
/// recorded as one, with its SHA-256, so that the checksum list at the root covers what every section offers.
/// </remarks>
public sealed class PublishContext(IOutputSink sink, StringTable contentStrings)
{
    private readonly List<string> _urls = [];
    private readonly List<(string Url, string Sha256)> _downloads = [];

    public IOutputSink Sink => sink;

    /// <summary>The run's cache: a <c>serve</c> session's keeps what a section made while its input is unchanged.</summary>
    public WorkCache Cache { get; init; } = WorkCache.None;

    /// <summary>The checks the validate stage left to the read that publishes their file; null when none were.</summary>
    public PostponedChecks? Postponed { get; init; }

    public StringTable ContentStrings => contentStrings;

    public IReadOnlyList<string> Urls => _urls;

    /// <summary>Every download published so far with its SHA-256, in the order written.</summary>
    public IReadOnlyList<(string Url, string Sha256)> Downloads => _downloads;

    /// <summary>Writes a whole file at its address.</summary>
    public void Write(string url, byte[] bytes)
    {
        sink.Write(UrlPath.OutputFile(url), bytes);
        _urls.Add(url);
    }

    /// <summary>Writes a whole file that is a download, listed with its SHA-256 among <see cref="Downloads"/>.</summary>
    public void WriteDownload(string url, byte[] bytes)
    {
        Write(url, bytes);
        _downloads.Add((url, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    /// <summary>Records a file a section streamed into <see cref="Sink"/> itself (a download of a million rows).</summary>
    public void Written(string url) => _urls.Add(url);

    /// <summary>Records a download a section streamed into <see cref="Sink"/> itself, with the SHA-256 it hashed as it wrote.</summary>
    public void WrittenDownload(string url, string sha256)
    {
        _urls.Add(url);
        _downloads.Add((url, sha256));
    }
}
