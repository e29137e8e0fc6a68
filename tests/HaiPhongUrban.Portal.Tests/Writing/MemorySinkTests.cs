using HaiPhongUrban.Portal.Kernel.Output;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Writing;

/// <summary>serve's sink keeps every file the build writes, whole, including those streamed piece by piece.</summary>
public sealed class MemorySinkTests
{
    [Fact]
    public void Keeps_written_and_streamed_files_by_their_path()
    {
        var sink = new MemorySink();

        sink.Write("ket-luan/index.html", "trang"u8);
        using (var stream = sink.Create("du-lieu/a/b.csv"))
        {
            stream.Write("x\n"u8);
            stream.Write("1\n"u8);
        }

        Assert.Equal("trang", Encoding.UTF8.GetString(sink.Files["ket-luan/index.html"]));
        Assert.Equal("x\n1\n", Encoding.UTF8.GetString(sink.Files["du-lieu/a/b.csv"]));
    }

    [Fact]
    public void A_stream_not_yet_closed_is_not_a_file()
    {
        var sink = new MemorySink();

        using var stream = sink.Create("du-lieu/a/b.csv");
        stream.Write("x"u8);

        Assert.False(sink.Files.ContainsKey("du-lieu/a/b.csv"));
    }
}
