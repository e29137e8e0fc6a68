using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// Writes a zip archive (the container of an .xlsx) entry by entry, straight to a stream that need not seek, with
/// nothing in it that depends on when or where it was made: every entry carries the one date it is given, at
/// midnight, and the fields an archiver fills from its system are fixed here. The same entries in the same order
/// always give the same bytes.
/// </summary>
/// <remarks>
/// Each entry is deflated as it is written and followed by a data descriptor (its CRC-32 and sizes), so a
/// million-row sheet is never held in memory or written twice. The fields are those .NET's ZipArchive writes on
/// Unix (made by Unix, version 2.0, mode 0644), which Excel and LibreOffice open. Sizes and offsets are 32-bit:
/// a package of 4 GiB or more is refused with a message rather than written wrong.
/// </remarks>
public sealed class ZipPackage
{
    /// <summary>
    /// zlib's level 5, not Optimal (6): on a million-row sheet (399 MB of XML) level 5 gives the same 26.8 MB in
    /// 1.65 s of CPU instead of 2.85 s; level 3 would take 0.83 s but give 30.4 MB, and Fastest 44.0 MB. Every
    /// reader who downloads the file pays for its size; the build pays for the time once per deploy.
    /// </summary>
    public const int CompressionLevel = 5;

    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint DataDescriptorSignature = 0x08074b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndOfCentralDirectorySignature = 0x06054b50;

    // Version 2.0 (deflate), made by Unix (3): what ZipArchive writes on Linux.
    private const ushort VersionNeeded = 20;
    private const ushort VersionMadeBy = (3 << 8) | 20;

    // Bit 3: sizes and CRC-32 follow the data, in a data descriptor.
    private const ushort SizesAfterData = 1 << 3;

    // Bit 11: the name is UTF-8; set only when it is not ASCII, as ZipArchive does.
    private const ushort Utf8Name = 1 << 11;
    private const ushort Deflated = 8;

    // Every entry's DOS time: midnight.
    private const ushort DosTime = 0;

    // A regular file, rw-r--r--, in the high half as Unix archivers keep it.
    private const uint RegularFileMode = 0x81A4u << 16;

    private readonly CountingStream _output;
    private readonly ushort _dosDate;
    private readonly List<Written> _entries = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private bool _finished;

    /// <summary>The first and last days a zip entry's DOS date can hold.</summary>
    public static readonly DateOnly FirstDate = new(1980, 1, 1);

    public static readonly DateOnly LastDate = new(2107, 12, 31);

    /// <param name="modified">
    /// The date every entry carries: the dataset's modified date, never the clock. One outside the years a zip can
    /// date (1980-2107) is brought to the nearest it can: the entry's time is the package's, not the data's, whose
    /// dates the parts themselves hold.
    /// </param>
    public ZipPackage(Stream output, DateOnly modified)
    {
        _output = new CountingStream(output);
        var date = modified < FirstDate ? FirstDate : modified > LastDate ? LastDate : modified;

        // A DOS date: years since 1980, month, day.
        _dosDate = (ushort)(((date.Year - 1980) << 9) | (date.Month << 5) | date.Day);
    }

    /// <summary>Adds an entry whose bytes are all at hand.</summary>
    public void Add(string name, ReadOnlySpan<byte> content)
    {
        var entry = Begin(name);
        entry.Write(content);
        End(entry);
    }

    /// <summary>Adds an entry whose bytes <paramref name="write"/> streams, deflated as they come.</summary>
    public void Add(string name, Action<Stream> write)
    {
        var entry = Begin(name);
        write(entry);
        End(entry);
    }

    /// <summary>Writes the central directory. Nothing can be added after it.</summary>
    public void Finish()
    {
        ThrowIfFinished();
        _finished = true;
        var start = _output.Position;
        Span<byte> header = stackalloc byte[46];
        foreach (var entry in _entries)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionMadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], VersionNeeded);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Flags(entry.Name));
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], Deflated);
            BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(header[14..], _dosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], entry.Crc32);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Small(entry.CompressedSize, entry.Name));
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Small(entry.Size, entry.Name));
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            // Extra field, comment, disk number and internal attributes: none, all zero.
            header[30..38].Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], RegularFileMode);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], Small(entry.Offset, entry.Name));
            _output.Write(header);
            _output.Write(name);
        }

        var size = _output.Position - start;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndOfCentralDirectorySignature);
        // This disk and the disk the directory starts on: 0, the only one.
        end[4..8].Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)_entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)_entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], Small(size, "the central directory"));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], Small(start, "the central directory"));
        // No archive comment.
        end[20..22].Clear();
        _output.Write(end);
        _output.Flush();
    }

    private EntryStream Begin(string name)
    {
        ThrowIfFinished();
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"The package already has an entry '{name}'.");
        }

        var offset = _output.Position;
        var encodedName = Encoding.UTF8.GetBytes(name);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Flags(name));
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], _dosDate);
        // CRC-32, compressed and uncompressed sizes: zero here, in the data descriptor after the data.
        header[14..26].Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)encodedName.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        _output.Write(header);
        _output.Write(encodedName);
        return new EntryStream(name, offset, _output);
    }

    private void End(EntryStream entry)
    {
        var compressedStart = entry.DataStart;
        entry.Dispose();
        var compressedSize = _output.Position - compressedStart;
        var written = new Written(entry.Name, entry.Offset, entry.Crc32, compressedSize, entry.Size);
        Span<byte> descriptor = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor, DataDescriptorSignature);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[4..], written.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[8..], Small(written.CompressedSize, written.Name));
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[12..], Small(written.Size, written.Name));
        _output.Write(descriptor);
        _entries.Add(written);
    }

    private static ushort Flags(string name) => (ushort)(SizesAfterData | (Ascii.IsValid(name) ? 0 : Utf8Name));

    // 0xFFFFFFFF itself means "see the 64-bit extension" to a reader, so the largest value written is one less.
    private static uint Small(long value, string what) => value < uint.MaxValue
        ? (uint)value
        : throw new InvalidDataException($"The spreadsheet's '{what}' reaches 4 GiB, more than a zip without its 64-bit extension holds: split the table into smaller ones.");

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The package is finished.");
        }
    }

    private sealed record Written(string Name, long Offset, uint Crc32, long CompressedSize, long Size);

    /// <summary>What an entry's writer writes to: counted and CRC-checked as given, deflated on its way to the package.</summary>
    private sealed class EntryStream : Stream
    {
        private readonly Crc32 _crc = new();
        private readonly DeflateStream _deflate;

        public EntryStream(string name, long offset, CountingStream output)
        {
            Name = name;
            Offset = offset;
            DataStart = output.Position;
            _deflate = new DeflateStream(output, new ZLibCompressionOptions { CompressionLevel = ZipPackage.CompressionLevel }, leaveOpen: true);
        }

        public string Name { get; }

        public long Offset { get; }

        public long DataStart { get; }

        public long Size { get; private set; }

        public uint Crc32 => _crc.GetCurrentHashAsUInt32();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Size;

        public override long Position { get => Size; set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _crc.Append(buffer);
            Size += buffer.Length;
            _deflate.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        // The entry's deflate stream ends only when the entry does: a flush mid-entry would only cost bytes.
        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _deflate.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>The package's stream, counted: every header records where it is.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        private long _written;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _written += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
