using Competition.Data.Entities;
using Competition.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>
/// Sign-in attempts counted in the database, so that a lock-out holds across restarts and silos. Each
/// attempt is counted before its secret is checked, by one conditional update that refuses once the
/// budget is spent: parallel guesses cannot slip past the limit between a read and a write. A correct
/// secret gives its count back.
/// </summary>
public static class SignInAttempts
{
    /// <summary>What a subject's attempts stand at: failures in its current hourly window, and until when
    /// it is locked from some address or from everywhere (null when it is not).</summary>
    public sealed record Standing(int Failures, DateTimeOffset? LockedUntil);

    /// <summary>Counts one attempt for <paramref name="subject"/> from <paramref name="address"/> against
    /// both budgets; null when it may go ahead, else when the first spent budget frees up again.</summary>
    public static async Task<DateTimeOffset?> BeginAsync(
        CompetitionDbContext db, string subject, string address, SignInLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var addressKey = SignInLimits.AddressKey(subject, address);
        if (await CountAsync(db, addressKey, limits.PerAddress, now, cancellationToken) is { } addressLocked)
        {
            return addressLocked;
        }
        if (await CountAsync(db, subject, limits.PerSubject, now, cancellationToken) is { } subjectLocked)
        {
            // Not tried after all: this address keeps its attempt.
            await GiveBackAsync(db, addressKey, cancellationToken);
            return subjectLocked;
        }
        return null;
    }

    /// <summary>The secret was right: this address starts afresh, and the hour's budget gets its attempt back.</summary>
    public static async Task SucceededAsync(CompetitionDbContext db, string subject, string address, CancellationToken cancellationToken)
    {
        var addressKey = SignInLimits.AddressKey(subject, address);
        await db.SignInAttempts.Where(a => a.Key == addressKey).ExecuteDeleteAsync(cancellationToken);
        await GiveBackAsync(db, subject, cancellationToken);
    }

    /// <summary>Which budgets are spent now that this attempt failed: this address's, and everybody's.</summary>
    public static async Task<(bool FromAddress, bool Everywhere)> SpentAsync(
        CompetitionDbContext db, string subject, string address, SignInLimits limits, CancellationToken cancellationToken)
    {
        var addressKey = SignInLimits.AddressKey(subject, address);
        var counts = await db.SignInAttempts.AsNoTracking().Where(a => a.Key == addressKey || a.Key == subject)
            .ToDictionaryAsync(a => a.Key, a => a.Failures, cancellationToken);
        return (counts.GetValueOrDefault(addressKey) >= limits.PerAddress.Failures, counts.GetValueOrDefault(subject) >= limits.PerSubject.Failures);
    }

    /// <summary>No secret was tried after all (the sign-in named something else): both budgets get it back.</summary>
    public static async Task NotTriedAsync(CompetitionDbContext db, string subject, string address, CancellationToken cancellationToken)
    {
        await GiveBackAsync(db, SignInLimits.AddressKey(subject, address), cancellationToken);
        await GiveBackAsync(db, subject, cancellationToken);
    }

    /// <summary>A new secret was issued: every count of the subject's ends.</summary>
    public static Task ForgetAsync(CompetitionDbContext db, string subject, CancellationToken cancellationToken)
    {
        var fromAddresses = subject + "@";
        return db.SignInAttempts.Where(a => a.Key == subject || a.Key.StartsWith(fromAddresses)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Where each subject's attempts stand; subjects never tried are absent.</summary>
    public static async Task<Dictionary<string, Standing>> StandingsAsync(
        CompetitionDbContext db, IReadOnlyCollection<string> subjects, SignInLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var standings = new Dictionary<string, Standing>();
        foreach (var subject in subjects)
        {
            var fromAddresses = subject + "@";
            var rows = await db.SignInAttempts.AsNoTracking()
                .Where(a => (a.Key == subject || a.Key.StartsWith(fromAddresses)) && a.WindowEndsAt > nowMs).ToListAsync(cancellationToken);
            if (rows.Count > 0)
            {
                standings[subject] = new Standing(
                    rows.Where(r => r.Key == subject).Sum(r => r.Failures),
                    rows.Where(r => r.Failures >= (r.Key == subject ? limits.PerSubject : limits.PerAddress).Failures)
                        .Select(r => (DateTimeOffset?)DateTimeOffset.FromUnixTimeMilliseconds(r.WindowEndsAt)).Max());
            }
        }
        return standings;
    }

    /// <summary>Deletes the counts whose window has ended: they would only start afresh.</summary>
    public static Task<int> SweepAsync(CompetitionDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return db.SignInAttempts.Where(a => a.WindowEndsAt <= nowMs).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Counts one attempt against <paramref name="key"/>: null when counted, else when its window ends.</summary>
    private static async Task<DateTimeOffset?> CountAsync(
        CompetitionDbContext db, string key, GuessBudget budget, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var newWindowEnds = nowMs + (long)budget.Window.TotalMilliseconds;
        for (var tried = 1; ; tried++)
        {
            // One statement: an ended window starts again at one, an open one counts on while below its limit.
            var counted = await db.SignInAttempts.Where(a => a.Key == key && (a.WindowEndsAt <= nowMs || a.Failures < budget.Failures))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Failures, a => a.WindowEndsAt <= nowMs ? 1 : a.Failures + 1)
                    .SetProperty(a => a.WindowEndsAt, a => a.WindowEndsAt <= nowMs ? newWindowEnds : a.WindowEndsAt), cancellationToken);
            if (counted == 1)
            {
                return null;
            }
            var row = await db.SignInAttempts.AsNoTracking().Where(a => a.Key == key)
                .Select(a => new { a.Failures, a.WindowEndsAt }).SingleOrDefaultAsync(cancellationToken);
            if (row is not null && row.WindowEndsAt > nowMs && row.Failures >= budget.Failures)
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(row.WindowEndsAt);
            }
            // A row that another attempt inserted (or freed) since the update looked: count on it, never refuse
            // on a budget that is not spent.
            if (row is null)
            {
                var first = db.SignInAttempts.Add(new SignInAttemptEntity { Key = key, Failures = 1, WindowEndsAt = newWindowEnds });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return null;
                }
                catch (DbUpdateException race) when (race.LostUniqueRace() && tried < UniqueRaces.Attempts)
                {
                    // Another attempt counted the first failure a moment ago: count on that row.
                    first.State = EntityState.Detached;
                }
            }
        }
    }

    private static Task GiveBackAsync(CompetitionDbContext db, string key, CancellationToken cancellationToken) =>
        db.SignInAttempts.Where(a => a.Key == key && a.Failures > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Failures, a => a.Failures - 1), cancellationToken);
}
