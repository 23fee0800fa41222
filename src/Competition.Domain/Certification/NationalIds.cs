using System.Security.Cryptography;
using System.Text;

namespace Competition.Domain.Certification;

/// <summary>
/// Resident identity numbers (GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character). The
/// platform never stores one in clear: it keeps a keyed hash (to find the same worker again) and a masked
/// form (to show a person which number it was).
/// </summary>
public static class NationalIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-cases the check character and trims spaces, so the same number always hashes the same.</summary>
    public static string Normalise(string id) => id.Trim().ToUpperInvariant();

    public static bool IsValid(string? id)
    {
        if (id is null)
        {
            return false;
        }
        var value = Normalise(id);
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit))
        {
            return false;
        }
        return value[17] == CheckCharacter(value[..17]);
    }

    /// <summary>The full number for 17 digits (region 6, birth date 8, sequence 3): their check character appended.</summary>
    public static string Complete(string first17) =>
        first17.Length == 17 && first17.All(char.IsAsciiDigit)
            ? first17 + CheckCharacter(first17)
            : throw new ArgumentException("Give the 17 digits before the check character.", nameof(first17));

    private static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>Region prefix and last four kept: "420***********123X".</summary>
    public static string Mask(string id)
    {
        var value = Normalise(id);
        return value[..3] + new string('*', value.Length - 7) + value[^4..];
    }

    /// <summary>HMAC-SHA-256 under the platform's secret key, hex: equal numbers give equal hashes only with that key.</summary>
    public static string Hash(string id, ReadOnlySpan<byte> key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(Normalise(id))));
}
