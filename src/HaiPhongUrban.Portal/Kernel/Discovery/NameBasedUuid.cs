using System.Security.Cryptography;
using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Discovery;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 §5.5): the same namespace and name always give the same UUID,
/// on any machine, so ids derived from content need no registry and no domain of their own.
/// </summary>
public static class NameBasedUuid
{
    public static Guid V5(Guid nameSpace, string name)
    {
        byte[] input = [.. nameSpace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(name)];

        // SHA-1 is what version 5 is defined by; it derives an identifier here and protects nothing.
        var hash = SHA1.HashData(input);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant 10 (RFC 9562)
        return new Guid(bytes, bigEndian: true);
    }
}
