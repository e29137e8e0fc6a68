using HaiPhongUrban.Portal.Kernel.Output;

namespace HaiPhongUrban.Portal.Tests.Output;

public sealed class StagingFolderTests
{
    [Fact]
    public void Lets_many_writers_start_files_in_one_new_folder_at_the_same_moment()
    {
        // The four downloads of a table and the checks' thread start together, all in the table's new folder:
        // none may find the folder listed as made before it exists.
        var parent = Path.Combine(Path.GetTempPath(), "staging-" + Guid.NewGuid().ToString("N"));
        var staging = StagingFolder.CreateBeside(Path.Combine(parent, "output"));
        try
        {
            const int Folders = 200;
            const int Writers = 6;
            for (var folder = 0; folder < Folders; folder++)
            {
                using var start = new Barrier(Writers);
                Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, writer =>
                {
                    start.SignalAndWait();
                    if (writer % 2 == 0)
                    {
                        using var stream = staging.Create($"du-lieu/d{folder}/f{writer}.csv");
                        stream.Write("a,b\r\n"u8);
                    }
                    else
                    {
                        staging.Write($"du-lieu/d{folder}/f{writer}.json", "[]"u8);
                    }
                });
            }

            Assert.Equal(Folders * Writers, Directory.EnumerateFiles(staging.Path, "*", SearchOption.AllDirectories).Count());
        }
        finally
        {
            staging.Discard();
            Directory.Delete(parent, recursive: true);
        }
    }
}
