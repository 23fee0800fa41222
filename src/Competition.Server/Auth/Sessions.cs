using System.Security.Cryptography;
using System.Text;
using Competition.Data;
using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Competition.Server.Auth;

/// <summary>
/// Account sessions: a short-lived bearer token with a refresh token used once each, and sign-out, which
/// refuses every token issued before it. Sign-outs are looked up per subject and remembered for a few
/// seconds, so checking them costs nothing on busy paths.
/// </summary>
public sealed class Sessions(IDbContextFactory<CompetitionDbContext> contexts, TokenIssuer tokens, TimeProvider time, IMemoryCache cache)
{
    /// <summary>How long a refresh token lasts: a working day.</summary>
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromHours(12);

    private static readonly TimeSpan RememberSignOuts = TimeSpan.FromSeconds(10);

    public async Task<TokenResponse> StartAsync(AccountEntity account)
    {
        await using var db = contexts.CreateDbContext();
        return await IssueAsync(db, account);
    }

    /// <summary>A new pair for a valid, unused refresh token; null otherwise. Reusing a used one signs the
    /// subject out everywhere.</summary>
    /// <remarks>The token is taken by one conditional update (unused → used now) in a transaction that also
    /// stores the next pair: of two refreshes racing with one token exactly one wins, and the other, whose
    /// update waits for that transaction, finds the token used and signs the subject out after the winner's
    /// pair exists, so that pair is refused too.</remarks>
    public async Task<TokenResponse?> RefreshAsync(string refreshToken)
    {
        var hash = Hash(refreshToken);
        var now = time.GetUtcNow();
        string? reused;
        await using (var db = contexts.CreateDbContext())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var taken = await db.RefreshTokens.Where(t => t.TokenHash == hash && t.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now));
            var stored = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash);
            if (stored is null || stored.ExpiresAt <= now)
            {
                return null;
            }
            if (taken == 1)
            {
                var accountId = long.Parse(stored.Subject.AsSpan("account:".Length));
                var account = await db.Accounts.Include(a => a.Organization).SingleOrDefaultAsync(a => a.Id == accountId);
                var issued = account is null ? null : await IssueAsync(db, account);
                await transaction.CommitAsync();
                return issued;
            }
            reused = stored.Subject;
        }
        await SignOutAsync(reused);
        return null;
    }

    /// <summary>Refuses every token of the subject issued until now, and its refresh tokens.</summary>
    public async Task SignOutAsync(string subject)
    {
        var now = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        var signOut = await db.SignOuts.FindAsync(subject);
        if (signOut is null)
        {
            db.SignOuts.Add(new SignOutEntity { Subject = subject, SignedOutAt = now });
        }
        else
        {
            signOut.SignedOutAt = now;
        }
        await db.RefreshTokens.Where(t => t.Subject == subject && t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now));
        await db.SaveChangesAsync();
        cache.Set(CacheKey(subject), (DateTimeOffset?)now, RememberSignOuts);
    }

    /// <summary>Whether a token of this subject issued at <paramref name="issuedAt"/> was signed out since.</summary>
    public async Task<bool> IsSignedOutAsync(string subject, DateTimeOffset issuedAt)
    {
        var signedOutAt = await cache.GetOrCreateAsync(CacheKey(subject), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = RememberSignOuts;
            await using var db = contexts.CreateDbContext();
            return (await db.SignOuts.FindAsync(subject))?.SignedOutAt;
        });
        return signedOutAt is { } at && issuedAt <= at;
    }

    private async Task<TokenResponse> IssueAsync(CompetitionDbContext db, AccountEntity account)
    {
        var refresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        db.RefreshTokens.Add(new RefreshTokenEntity
        {
            Subject = $"account:{account.Id}", TokenHash = Hash(refresh), ExpiresAt = time.GetUtcNow() + RefreshLifetime,
        });
        await db.SaveChangesAsync();
        return new TokenResponse(tokens.ForAccount(account), time.GetUtcNow() + TokenIssuer.AccountLifetime, refresh);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string CacheKey(string subject) => $"sign-out:{subject}";
}
