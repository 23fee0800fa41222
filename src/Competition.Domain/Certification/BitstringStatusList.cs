using System.Buffers.Text;
using System.IO.Compression;

namespace Competition.Domain.Certification;

/// <summary>
/// A W3C Bitstring Status List: one bit per credential, index 0 the left-most (most significant) bit of
/// the first byte, published GZIP-compressed as multibase base64url ("u" prefix, no padding).
/// </summary>
public sealed class BitstringStatusList
{
    /// <summary>The smallest list the specification allows (16 KiB), which hides who is revoked among many.</summary>
    public const int MinimumLength = 131_072;

    private readonly byte[] _bytes;

    public BitstringStatusList(int length = MinimumLength)
    {
        if (length < MinimumLength || length % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"A status list holds at least {MinimumLength} entries, a whole number of bytes.");
        }
        _bytes = new byte[length / 8];
    }

    private BitstringStatusList(byte[] bytes) => _bytes = bytes;

    public int Length => _bytes.Length * 8;

    public bool this[int index]
    {
        get => (_bytes[index / 8] & Mask(index)) != 0;
        set => _bytes[index / 8] = value ? (byte)(_bytes[index / 8] | Mask(index)) : (byte)(_bytes[index / 8] & ~Mask(index));
    }

    public string Encode()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(_bytes);
        }
        return "u" + Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>Reads an encoded list; throws <see cref="FormatException"/> for anything else.</summary>
    public static BitstringStatusList Decode(string encoded)
    {
        if (!encoded.StartsWith('u'))
        {
            throw new FormatException("An encoded status list starts with the multibase prefix 'u'.");
        }
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encoded.AsSpan(1))), CompressionMode.Decompress);
            // Read one byte past the cap so a list that inflates without end is refused, not held in memory.
            var buffer = new byte[MaximumBytes + 1];
            var read = gzip.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > MaximumBytes || read * 8 < MinimumLength)
            {
                throw new FormatException($"A status list holds {MinimumLength}…{MaximumBytes * 8} entries.");
            }
            return new BitstringStatusList(buffer[..read]);
        }
        catch (InvalidDataException error)
        {
            throw new FormatException("The status list is not GZIP data.", error);
        }
    }

    private const int MaximumBytes = 1024 * 1024;

    private static byte Mask(int index) => (byte)(0x80 >> (index % 8));
}
