using System.Text;
using System.Xml;

namespace HaiPhongUrban.Portal.Kernel.Discovery;

/// <summary>How every XML file of the portal is written (the feed, the sitemap).</summary>
public static class XmlFiles
{
    /// <summary>The settings that make the same entries give the same bytes: UTF-8 without BOM, '\n', two-space indent.</summary>
    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
