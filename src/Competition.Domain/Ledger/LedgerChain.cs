using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Competition.Domain.Ledger;

/// <summary>
/// Chains ledger events with SHA-256: each hash covers the event's fields and the previous hash, so a
/// row altered, removed or inserted behind the platform's back breaks the chain from that point on.
/// </summary>
public static class LedgerChain
{
    /// <summary>Seals an event onto the chain after <paramref name="previousHash"/>.</summary>
    public static LedgerEvent Seal(long competitionId, LedgerEvent e, string? previousHash)
    {
        var linked = e with { PreviousHash = previousHash, Hash = "" };
        return linked with { Hash = ComputeHash(competitionId, linked) };
    }

    public static string ComputeHash(long competitionId, LedgerEvent e)
    {
        // One field per line, in a fixed order and culture-free form: the same event always hashes the same.
        var canonical = string.Join('\n',
            competitionId.ToString(CultureInfo.InvariantCulture),
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.Type.ToString(),
            e.RecordedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Actor,
            e.SubmissionId?.ToString("N") ?? "",
            Number(e.JudgeId), Number(e.ContestantId), Number(e.AspectId), Number(e.ModuleId),
            e.Value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "",
            e.Reason ?? "",
            e.Payload ?? "",
            e.PreviousHash ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Checks a chain read back in sequence order; returns the first event that does not hold, or null.</summary>
    public static ChainBreak? Verify(long competitionId, IEnumerable<LedgerEvent> events)
    {
        string? previous = null;
        foreach (var e in events)
        {
            if (e.PreviousHash != previous)
            {
                return new ChainBreak(e.Sequence, "Its link to the previous event does not match: an event before it was removed, inserted or altered.");
            }
            if (ComputeHash(competitionId, e) != e.Hash)
            {
                return new ChainBreak(e.Sequence, "Its content does not match its hash: the row was altered.");
            }
            previous = e.Hash;
        }
        return null;
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
