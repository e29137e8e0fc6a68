using System.Runtime.InteropServices;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// Whether a path is an ordinary file, following symbolic links. A named pipe (FIFO) where a content
/// file should be makes opening it wait for a writer that never comes, so the build would hang without a
/// word; a device or socket is no text either. .NET tells a directory from a file but not a pipe from
/// a file, so on Linux this asks the system (<c>statx</c>, whose layout is the same on every
/// architecture). Elsewhere (Windows has no such files in a folder; macOS) every non-directory counts
/// as a file.
/// </summary>
public static class RegularFile
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, u16 mode
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>True for a regular file (or what a link leads to is one); false for a pipe, device, socket or a missing path.</summary>
    public static bool Is(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path);
        }

        return TypeOf(path) is { } type ? type == Regular : File.Exists(path);
    }

    /// <summary>True when <paramref name="path"/> is neither a regular file nor a folder: a pipe, device or socket.</summary>
    public static bool IsSpecial(string path) =>
        OperatingSystem.IsLinux() && TypeOf(path) is { } type && type != Regular && type != Directory;

    /// <summary>The S_IFMT bits of the path's type, or null when the system cannot say (no statx, a missing path).</summary>
    private static int? TypeOf(string path)
    {
        var buffer = new byte[256];
        try
        {
            return Statx(AtFdCwd, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
