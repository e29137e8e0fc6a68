namespace HaiPhongUrban.Portal.Kernel.Caching;

/// <summary>How a result kept on disk is written and read back: the two must round-trip exactly.</summary>
public sealed record CacheCodec<T>(Action<BinaryWriter, T> Write, Func<BinaryReader, T> Read);
