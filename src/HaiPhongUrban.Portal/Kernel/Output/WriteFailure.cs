using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// An error of the operating system while the site is written (a full disk, no permission, a locked
/// file), found however it arrives: thrown as it is, or wrapped in the <see cref="AggregateException"/>
/// that <see cref="Parallel.For(int, int, Action{int})"/> throws when a page fails to write. Such an error
/// is the machine's, not the portal's: it is a message naming the place and what to do, never "internal error".
/// </summary>
public static class WriteFailure
{
    // errno on Linux and macOS (.NET puts the raw errno in HResult there), and Windows' ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL.
    private const int Enospc = 28;
    private const int Edquot = 122;
    private const int EdquotMac = 69;
    private static readonly int[] DiskFull = [Enospc, Edquot, EdquotMac, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <summary>The first error of the system in <paramref name="exception"/>, or null when it holds anything else (a bug, reported as one).</summary>
    public static Exception? Of(Exception exception)
    {
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        return inner.Count > 0 && inner.All(e => e is IOException or UnauthorizedAccessException) ? inner[0] : null;
    }

    /// <summary>Reports <paramref name="failure"/> (from <see cref="Of"/>) at the output folder.</summary>
    public static void Report(Exception failure, string outputDirectory, DiagnosticBag diagnostics)
    {
        var here = SourceLocation.StartOf(outputDirectory);
        if (IsDiskFull(failure))
        {
            diagnostics.Error(here, Messages.OutputDiskFull, outputDirectory);
        }
        else
        {
            diagnostics.Error(here, Messages.OutputWriteFailed, failure.Message.Split('\n')[0].Trim());
        }
    }

    public static bool IsDiskFull(Exception failure) =>
        failure is IOException && (DiskFull.Contains(failure.HResult)
            || failure.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
            || failure.Message.Contains("Disk quota exceeded", StringComparison.OrdinalIgnoreCase));
}
