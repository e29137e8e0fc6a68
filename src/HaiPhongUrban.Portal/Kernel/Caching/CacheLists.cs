namespace HaiPhongUrban.Portal.Kernel.Caching;

/// <summary>How every <see cref="CacheCodec{T}"/> reads a list: a count, then that many items.</summary>
public static class CacheLists
{
    /// <summary>The list read back; a negative count is a cache file gone wrong, and its entry is made again.</summary>
    public static List<T> Read<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("negative count");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items;
    }
}
