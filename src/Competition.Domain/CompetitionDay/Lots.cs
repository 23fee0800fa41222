using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Competition.Domain.CompetitionDay;

/// <summary>
/// The draw (抽签), so that anyone can recompute it: the platform commits to a secret 32-byte seed by
/// publishing SHA-256 of it, then draws with it and publishes it. The order is a Fisher–Yates shuffle of
/// the contestant ids in ascending order: for i from n−1 down to 1, j = R(i) mod (i+1), swap positions i
/// and j, where R(i) is the first 8 bytes, big-endian unsigned, of HMAC-SHA256 keyed with the seed over
/// the UTF-8 decimal text of i. Position p gets number p+1, session ⌊p/W⌋+1 and workstation (p mod W)+1.
/// </summary>
public static class Lots
{
    public const int SeedBytes = 32;

    public static byte[] NewSeed() => RandomNumberGenerator.GetBytes(SeedBytes);

    /// <summary>Lower-case hex of SHA-256 of the seed's bytes.</summary>
    public static string Commitment(ReadOnlySpan<byte> seed) => Convert.ToHexStringLower(SHA256.HashData(seed));

    /// <summary>The ids in drawn order; <paramref name="input"/> is taken as given (the caller sorts it).</summary>
    public static IReadOnlyList<long> Shuffle(ReadOnlySpan<byte> seed, IReadOnlyList<long> input)
    {
        if (seed.Length != SeedBytes)
        {
            throw new ArgumentException($"A seed is {SeedBytes} bytes.", nameof(seed));
        }
        var order = input.ToArray();
        Span<byte> mac = stackalloc byte[32];
        for (var i = order.Length - 1; i >= 1; i--)
        {
            HMACSHA256.HashData(seed, Encoding.UTF8.GetBytes(i.ToString(CultureInfo.InvariantCulture)), mac);
            var j = (int)(BinaryPrimitives.ReadUInt64BigEndian(mac) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>The seat of drawn position <paramref name="position"/> (from 0) with this many workstations.</summary>
    public static Seat SeatOf(int position, int workstations) => new(position / workstations + 1, position % workstations + 1);

    /// <summary>A drawn number as printed: zero-padded to the width of the largest number drawn, at least two digits.</summary>
    public static string NumberText(int number, int drawn) =>
        number.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(2, drawn.ToString(CultureInfo.InvariantCulture).Length), '0');
}
