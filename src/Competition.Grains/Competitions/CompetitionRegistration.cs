using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Competitions;

/// <summary>
/// The rows behind a change of who takes part, written by <see cref="CompetitionGrain"/> inside the
/// transaction that also stores the change's ledger event. Nobody is deleted once live: a withdrawn
/// contestant and a replaced judge are kept, with their marks.
/// </summary>
internal static class CompetitionRegistration
{
    // Chinese names stay readable in the stored ledger (the hash covers the text either way).
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task<long> AddContestantAsync(CompetitionDbContext db, long competitionId, ContestantRegistration c)
    {
        var row = new ContestantEntity
        {
            CompetitionId = competitionId, Bib = c.Bib, Name = c.Name, Employer = c.Employer, OutOfRanking = c.OutOfRanking, WorkerId = c.WorkerId,
            DrawnNumber = await CompetitionDayRows.NextNumberAsync(db, competitionId),
        };
        db.Contestants.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    public static Task CorrectContestantAsync(CompetitionDbContext db, long contestantId, string name, string employer) =>
        db.Contestants.Where(c => c.Id == contestantId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, name).SetProperty(c => c.Employer, employer));

    public static Task WithdrawAsync(CompetitionDbContext db, long contestantId, Withdrawal withdrawal, string reason) =>
        db.Contestants.Where(c => c.Id == contestantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Withdrawal, withdrawal).SetProperty(c => c.WithdrawalReason, reason));

    /// <summary>The account that was shown the PIN of the judge <paramref name="actor"/> is, if any.</summary>
    public static async Task<string?> PinHolderAsync(IDbContextFactory<CompetitionDbContext> contexts, string actor)
    {
        if (Actors.JudgeOf(actor) is not { } judgeId)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Judges.Where(j => j.Id == judgeId).Select(j => j.PinIssuedTo).SingleOrDefaultAsync();
    }

    public static async Task<long> AddJudgeAsync(CompetitionDbContext db, long competitionId, JudgeRegistration j)
    {
        var row = new JudgeEntity { CompetitionId = competitionId, Name = j.Name, Employer = j.Employer, IsChief = j.IsChief, PinHash = j.PinHash, PinIssuedTo = j.PinIssuedTo };
        db.Judges.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    /// <summary>The replacement takes the leaver's place on every panel and assignment; the leaver's
    /// counted marks stay where they are.</summary>
    public static async Task<long> ReplaceJudgeAsync(CompetitionDbContext db, long competitionId, long judgeId, JudgeRegistration replacement)
    {
        var leaving = await db.Judges.SingleAsync(j => j.Id == judgeId);
        var id = await AddJudgeAsync(db, competitionId, replacement with { IsChief = leaving.IsChief });
        await db.AspectPanels.Where(p => p.JudgeId == judgeId).ExecuteUpdateAsync(s => s.SetProperty(p => p.JudgeId, id));
        await db.JudgeAssignments.Where(a => a.JudgeId == judgeId).ExecuteUpdateAsync(s => s.SetProperty(a => a.JudgeId, id));
        await db.Judges.Where(j => j.Id == judgeId).ExecuteUpdateAsync(s => s.SetProperty(j => j.ReplacedById, id));
        return id;
    }

    /// <summary>Only someone of this draft, and a judge whom no panel names.</summary>
    public static DomainError? CheckRemovable(CompetitionView view, long? contestantId, long? judgeId)
    {
        if (contestantId is { } c && view.Contestants.All(x => x.Id != c))
        {
            return new DomainError(ErrorKind.NotFound, "contestant.not-found", $"Contestant {c} is not in this competition.");
        }
        if (judgeId is { } j && view.Judges.All(x => x.Id != j))
        {
            return new DomainError(ErrorKind.NotFound, "judge.not-found", $"Judge {j} does not judge this competition.");
        }
        return judgeId is { } named && view.Panels.Any(p => p.JudgeIds.Contains(named))
            ? new DomainError(ErrorKind.Conflict, "judge.on-panel", "This judge is named on a panel: change the panels first.")
            : null;
    }

    public static async Task RemoveAsync(CompetitionDbContext db, long? contestantId, long? judgeId)
    {
        if (contestantId is { } c)
        {
            await db.JudgeAssignments.Where(a => a.ContestantId == c).ExecuteDeleteAsync();
            await db.Contestants.Where(x => x.Id == c).ExecuteDeleteAsync();
        }
        if (judgeId is { } j)
        {
            await db.JudgeAssignments.Where(a => a.JudgeId == j).ExecuteDeleteAsync();
            await db.Judges.Where(x => x.Id == j).ExecuteDeleteAsync();
        }
    }

    /// <summary>What a change's ledger event carries, for the audit view: the person as now registered.</summary>
    public static string Payload(string? bib, string name, string employer) => JsonSerializer.Serialize(new { bib, name, employer }, PayloadJson);

    public static string Payload(long replacement, string name, string employer) => JsonSerializer.Serialize(new { replacement, name, employer }, PayloadJson);

    public static string Payload(Withdrawal withdrawal) => JsonSerializer.Serialize(new { withdrawal = JsonNamingPolicy.CamelCase.ConvertName(withdrawal.ToString()) }, PayloadJson);
}
