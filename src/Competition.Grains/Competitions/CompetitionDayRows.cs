using Competition.Data;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Competitions;

/// <summary>
/// The contestants' rows behind the competition day (numbers and seats drawn, moves, check-in, no-shows),
/// written by <see cref="CompetitionDayRunner"/> inside the transaction that stores the day's ledger event.
/// </summary>
internal static class CompetitionDayRows
{
    /// <summary>What a no-show's record says; the ledger's SessionStarted event has the details.</summary>
    public const string AbsentReason = "场次开始时未检录 (not checked in when the session started)";

    public static async Task SaveScheduleAsync(CompetitionDbContext db, long competitionId, CompetitionSchedule schedule)
    {
        var sessions = schedule.Sessions.ToList();
        await db.Competitions.Where(c => c.Id == competitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Workstations, schedule.Workstations).SetProperty(c => c.Sessions, sessions));
    }

    /// <summary>Position p of the drawn order gets number p+1 and, with workstations, its seat; anyone
    /// not drawn (withdrawn) loses an earlier draw's number.</summary>
    public static async Task SeatDrawnAsync(CompetitionDbContext db, long competitionId, IReadOnlyList<long> order, int? workstations)
    {
        var rows = await db.Contestants.Where(c => c.CompetitionId == competitionId).ToListAsync();
        var positions = order.Select((id, position) => (id, position)).ToDictionary(x => x.id, x => x.position);
        foreach (var row in rows)
        {
            var drawn = positions.TryGetValue(row.Id, out var position);
            var seat = drawn && workstations is { } w ? Lots.SeatOf(position, w) : null;
            (row.DrawnNumber, row.Session, row.Workstation) = (drawn ? position + 1 : null, seat?.Session, seat?.Workstation);
        }
        await db.SaveChangesAsync();
    }

    public static Task SaveSeedAsync(CompetitionDbContext db, long competitionId, byte[] seed)
    {
        var hex = Convert.ToHexStringLower(seed);
        return db.Competitions.Where(c => c.Id == competitionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DrawSeed, hex));
    }

    public static async Task<byte[]> SeedAsync(CompetitionDbContext db, long competitionId) =>
        Convert.FromHexString((await db.Competitions.Where(c => c.Id == competitionId).Select(c => c.DrawSeed).SingleAsync())!);

    /// <summary>A new seat; a no-show moved to a later session takes part again.</summary>
    public static Task MoveAsync(CompetitionDbContext db, long contestantId, Seat seat) =>
        db.Contestants.Where(c => c.Id == contestantId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Session, seat.Session).SetProperty(c => c.Workstation, seat.Workstation)
            .SetProperty(c => c.Withdrawal, c => c.Withdrawal == Withdrawal.NoShow ? null : c.Withdrawal)
            .SetProperty(c => c.WithdrawalReason, c => c.Withdrawal == Withdrawal.NoShow ? null : c.WithdrawalReason));

    public static Task CheckInAsync(CompetitionDbContext db, long contestantId, DateTimeOffset at, string actor) =>
        db.Contestants.Where(c => c.Id == contestantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CheckedInAt, at).SetProperty(c => c.CheckedInBy, actor));

    public static Task MarkAbsentAsync(CompetitionDbContext db, IReadOnlyCollection<long> contestantIds) =>
        db.Contestants.Where(c => contestantIds.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Withdrawal, Withdrawal.NoShow).SetProperty(c => c.WithdrawalReason, AbsentReason));

    /// <summary>A contestant registered after the draw gets the next number; the organizer gives them a seat.</summary>
    public static async Task<int?> NextNumberAsync(CompetitionDbContext db, long competitionId) =>
        await db.Contestants.Where(c => c.CompetitionId == competitionId).MaxAsync(c => c.DrawnNumber) + 1;
}
