using System.Security.Cryptography;
using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Caching;

/// <summary>
/// A key that hashes (SHA-256) every piece of a piece of work's input, each length-prefixed so that
/// ("ab", "c") and ("a", "bc") differ. Built incrementally: a search index hashes thousands of entries.
/// </summary>
public sealed class CacheKey : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public static string Of(params string[] parts)
    {
        using var key = new CacheKey();
        foreach (var part in parts)
        {
            key.Add(part);
        }

        return key.Finish();
    }

    public CacheKey Add(string part)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = Encoding.UTF8.GetBytes(part);
        BitConverter.TryWriteBytes(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    public CacheKey Add(ReadOnlySpan<byte> part)
    {
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, part.Length);
        _hash.AppendData(length);
        _hash.AppendData(part);
        return this;
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
