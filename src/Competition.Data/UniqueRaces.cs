using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Competition.Data;

/// <summary>
/// Writes guarded by a unique index, where two writers (two requests, two silos) may race: the loser's
/// save fails on the index, and then either the winner's row stands and is read back, or the loser tries
/// again afresh (a new number, a new version). Anything but a unique-index failure goes on up.
/// </summary>
public static class UniqueRaces
{
    /// <summary>How many times in all a write is tried before its race is given up as an error.</summary>
    public const int Attempts = 3;

    /// <summary>Whether the save failed because another writer holds the same unique key.</summary>
    public static bool LostUniqueRace(this DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        // A duplicate key in a unique index, or in a unique constraint or primary key.
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>Runs <paramref name="attempt"/> on a fresh context, again while it loses a unique-index race
    /// (at most <see cref="Attempts"/> times in all).</summary>
    public static async Task<T> RetryOnRaceAsync<T>(
        this IDbContextFactory<CompetitionDbContext> contexts, Func<CompetitionDbContext, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var tried = 1; ; tried++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            try
            {
                return await attempt(db);
            }
            catch (DbUpdateException race) when (race.LostUniqueRace() && tried < Attempts)
            {
                // Someone else took the key a moment ago: read the state again and retry.
            }
        }
    }

    /// <summary>Saves <paramref name="db"/> and answers <paramref name="ours"/>; when another writer saved the
    /// same unique key first, answers what <paramref name="theirs"/> reads of their row instead.</summary>
    public static async Task<T> SaveOrTakeTheirsAsync<T>(
        this IDbContextFactory<CompetitionDbContext> contexts, CompetitionDbContext db, Func<T> ours,
        Func<CompetitionDbContext, Task<T>> theirs, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ours();
        }
        catch (DbUpdateException race) when (race.LostUniqueRace())
        {
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return await theirs(again);
        }
    }
}
