namespace HaiPhongUrban.Portal.Rendering;

/// <summary>A file copied to the output as bytes (theme assets, the source transcription).</summary>
public sealed record StaticFile(string Url, byte[] Bytes);
