using System.Security.Cryptography;
using System.Text;
using Competition.Data;
using Competition.Domain.Access;
using Competition.Domain.Certification;
using Competition.Server.Workers;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certificates;

/// <summary>
/// Who may see what of a certificate found by its number. The number alone shows its state; its details
/// (and the signed credential, which names the holder) take the token of its QR code, or knowing the
/// holder: their name, or the last four characters of their ID. Asking whether a national ID is the
/// holder's answers yes or no. Every guess at the holder is counted against the certificate and the
/// asking address (<see cref="SignInLimits.CertificateHolderGuesses"/>), so numbers, names and ID
/// endings cannot be tried at scale.
/// </summary>
public sealed class CertificateDisclosure(IDbContextFactory<CompetitionDbContext> contexts, NationalIdHasher hasher, TimeProvider time)
{
    /// <summary>Whether the details may be shown; when guessing is spent, how long it is refused.</summary>
    public sealed record Decision(bool Shown, TimeSpan? RefusedFor = null);

    public async Task<Decision> DecideAsync(string number, string? token, string? holder, string address, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await HolderOfAsync(db, number, cancellationToken) is not { } found)
        {
            return new Decision(false);
        }
        if (TokensMatch(token, found.Token))
        {
            return new Decision(true);
        }
        if (string.IsNullOrWhiteSpace(holder))
        {
            return new Decision(false);
        }
        return await GuessAsync(db, number, address, HolderProof.Matches(holder, found.Name, found.MaskedNationalId), cancellationToken);
    }

    /// <summary>Whether the person of <paramref name="nationalId"/> holds the certificate; null when no
    /// certificate of that number was issued here.</summary>
    public async Task<(bool Matches, TimeSpan? RefusedFor)?> CheckHolderAsync(
        string number, string nationalId, string address, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await HolderOfAsync(db, number, cancellationToken) is not { } found)
        {
            return null;
        }
        var decision = await GuessAsync(db, number, address, hasher.Hash(nationalId) == found.NationalIdHash, cancellationToken);
        return (decision.Shown, decision.RefusedFor);
    }

    /// <summary>Counts the guess first (so parallel guesses cannot slip past the budget), then answers it;
    /// a right one gives its count back.</summary>
    private async Task<Decision> GuessAsync(CompetitionDbContext db, string number, string address, bool right, CancellationToken cancellationToken)
    {
        var (subject, now) = (SignInSubjects.CertificateHolder(number), time.GetUtcNow());
        if (await SignInAttempts.BeginAsync(db, subject, address, SignInLimits.CertificateHolderGuesses, now, cancellationToken) is { } until)
        {
            return new Decision(false, until - now);
        }
        if (right)
        {
            await SignInAttempts.SucceededAsync(db, subject, address, cancellationToken);
        }
        return new Decision(right);
    }

    /// <summary>Whether a token given opens the certificate whose token is <paramref name="stored"/> (compared in fixed time).</summary>
    public static bool TokensMatch(string? given, string stored) => given is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given.Trim().ToLowerInvariant()), Encoding.ASCII.GetBytes(stored));

    private sealed record Holder(string Token, string Name, string MaskedNationalId, string NationalIdHash);

    private static Task<Holder?> HolderOfAsync(CompetitionDbContext db, string number, CancellationToken cancellationToken) =>
        db.Certificates.AsNoTracking().Where(c => c.Number == number)
            .Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new Holder(c.VerificationToken, w.Name, w.NationalIdMasked, w.NationalIdHash))
            .SingleOrDefaultAsync(cancellationToken);
}
