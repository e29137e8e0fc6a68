namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>The OCR transcription the wording was taken from, published as-is for anyone to compare.</summary>
public sealed record SourceTranscription(string FilePath, string FileName, byte[] Bytes);
