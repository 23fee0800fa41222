using System.Security.Cryptography;
using System.Text;

namespace Competition.IntegrationTests.CompetitionDay;

/// <summary>The draw as a witness recomputes it from the README's description, written apart from the platform's code.</summary>
internal static class WitnessDraw
{
    public static string Commitment(string seedHex) => Convert.ToHexString(SHA256.HashData(Convert.FromHexString(seedHex))).ToLowerInvariant();

    public static List<long> Order(string seedHex, IReadOnlyList<long> input)
    {
        var key = Convert.FromHexString(seedHex);
        var order = input.ToList();
        for (var i = order.Count - 1; i >= 1; i--)
        {
            var mac = new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes(i.ToString()));
            ulong r = 0;
            for (var b = 0; b < 8; b++)
            {
                r = (r << 8) | mac[b];
            }
            var j = (int)(r % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
