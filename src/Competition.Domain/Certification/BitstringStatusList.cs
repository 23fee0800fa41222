using System.Buffers.Text;
using System.IO.Compression;

namespace Competition.Domain.Certification;

/// <summary>
/// A W3C Bitstring Status List: <see cref="StatusSize"/> bits per credential, entry n in bits
/// n × size … n × size + size − 1 counted from the left-most (most significant) bit of the first byte,
/// the first of them the status value's most significant bit; published GZIP-compressed as multibase
/// base64url ("u" prefix, no padding).
/// </summary>
public sealed class BitstringStatusList
{
    /// <summary>The fewest entries the specification allows, which hides who is revoked among many.</summary>
    public const int MinimumLength = 131_072;

    private readonly byte[] _bytes;

    public BitstringStatusList(int length = MinimumLength, int statusSize = 1)
    {
        if (length < MinimumLength || statusSize is < 1 or > 8 || length * statusSize % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"A status list holds at least {MinimumLength} entries of 1 to 8 bits, a whole number of bytes.");
        }
        (_bytes, StatusSize) = (new byte[length * statusSize / 8], statusSize);
    }

    private BitstringStatusList(byte[] bytes, int statusSize) => (_bytes, StatusSize) = (bytes, statusSize);

    public int StatusSize { get; }

    /// <summary>How many entries the list holds.</summary>
    public int Length => _bytes.Length * 8 / StatusSize;

    /// <summary>The status value of entry <paramref name="index"/> (0 … 2^size − 1).</summary>
    public int this[int index]
    {
        get
        {
            var value = 0;
            for (var bit = index * StatusSize; bit < (index + 1) * StatusSize; bit++)
            {
                value = (value << 1) | ((_bytes[bit / 8] & Mask(bit)) != 0 ? 1 : 0);
            }
            return value;
        }
        set
        {
            if (value < 0 || value >= 1 << StatusSize)
            {
                throw new ArgumentOutOfRangeException(nameof(value), $"A status of {StatusSize} bits runs from 0 to {(1 << StatusSize) - 1}.");
            }
            for (var i = 0; i < StatusSize; i++)
            {
                var bit = index * StatusSize + i;
                var set = (value >> (StatusSize - 1 - i) & 1) == 1;
                _bytes[bit / 8] = set ? (byte)(_bytes[bit / 8] | Mask(bit)) : (byte)(_bytes[bit / 8] & ~Mask(bit));
            }
        }
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

    /// <summary>Reads an encoded list of <paramref name="statusSize"/>-bit entries; throws <see cref="FormatException"/> for anything else.</summary>
    public static BitstringStatusList Decode(string encoded, int statusSize = 1)
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
            if (read > MaximumBytes || read * 8 / statusSize < MinimumLength)
            {
                throw new FormatException($"A status list holds {MinimumLength}…{MaximumBytes * 8 / statusSize} entries.");
            }
            return new BitstringStatusList(buffer[..read], statusSize);
        }
        catch (InvalidDataException error)
        {
            throw new FormatException("The status list is not GZIP data.", error);
        }
    }

    private const int MaximumBytes = 1024 * 1024;

    private static byte Mask(int bit) => (byte)(0x80 >> (bit % 8));
}
