using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Domain.Panels;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Competitions;

/// <summary>
/// Who takes part in one competition: sheets imported, late contestants, corrections, withdrawals,
/// judges added or replaced, a draft's removals. Each change goes through the recorder, so once live
/// it is ledgered with its reason in the same transaction as its rows.
/// </summary>
internal sealed class CompetitionRoster(
    long competitionId, CompetitionRecorder recorder, IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, IGrainFactory grains)
{
    public async Task<Outcome<RosterChange>> RegisterAsync(RegistrationBatch registration)
    {
        if ((recorder.State is null ? recorder.NotFound() : recorder.State.CheckRegistration()) is { } refused)
        {
            return refused;
        }
        var view = recorder.View!;
        var bibs = view.Contestants.Select(c => c.Bib).ToHashSet(StringComparer.Ordinal);
        if (registration.Contestants.Any(c => bibs.Contains(c.Bib)) || (registration.Judges.Any(j => j.IsChief) && view.Judges.Any(j => j.IsChief)))
        {
            // Checked by the host against an older view: another sheet came in meanwhile.
            return new DomainError(ErrorKind.Conflict, "registration.changed", "The registration changed meanwhile: import the file again.");
        }
        await using var db = contexts.CreateDbContext();
        if (await db.RegistrationImports.AnyAsync(i => i.CompetitionId == competitionId && i.Kind == registration.Kind && i.FileHash == registration.FileHash))
        {
            return new RosterChange([], AlreadyImported: true);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var contestants = registration.Contestants.Select(c => new ContestantEntity
        {
            CompetitionId = competitionId, Bib = c.Bib, Name = c.Name, Employer = c.Employer, OutOfRanking = c.OutOfRanking, WorkerId = c.WorkerId,
        }).ToList();
        var judges = registration.Judges.Select(j => new JudgeEntity
        {
            CompetitionId = competitionId, Name = j.Name, Employer = j.Employer, IsChief = j.IsChief, PinHash = j.PinHash, PinIssuedTo = j.PinIssuedTo,
        }).ToList();
        db.Contestants.AddRange(contestants);
        db.Judges.AddRange(judges);
        db.RegistrationImports.Add(new RegistrationImportEntity
        {
            CompetitionId = competitionId, Kind = registration.Kind, FileHash = registration.FileHash, Rows = contestants.Count + judges.Count,
            ImportedAt = time.GetUtcNow(), ImportedBy = registration.Actor,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await recorder.LoadAsync();
        await ApplyPanelShapeAsync();
        return new RosterChange([.. contestants.Select(c => c.Id), .. judges.Select(j => j.Id)]);
    }

    public Task<Outcome<RosterChange>> AddContestantAsync(ContestantRegistration contestant, string? reason, string actor) =>
        recorder.RecordChangeAsync(s => s.CheckAddContestant(contestant.Bib) ?? Reasons.RequireOnceLive(s, reason), async db =>
        {
            var id = await CompetitionRegistration.AddContestantAsync(db, competitionId, contestant);
            return ([recorder.Draft(LedgerEventType.ContestantAdded, actor) with
            {
                ContestantId = id, Reason = Reasons.Kept(reason), Payload = CompetitionRegistration.Payload(contestant.Bib, contestant.Name, contestant.Employer),
            }], [id]);
        });

    public Task<Outcome<RosterChange>> CorrectContestantAsync(long contestantId, string name, string employer, string? reason, string actor) =>
        recorder.RecordChangeAsync(s => s.CheckCorrectContestant(contestantId, employer) ?? Reasons.RequireOnceLive(s, reason), async db =>
        {
            await CompetitionRegistration.CorrectContestantAsync(db, contestantId, name, employer);
            return ([recorder.Draft(LedgerEventType.ContestantCorrected, actor) with
            {
                ContestantId = contestantId, Reason = Reasons.Kept(reason), Payload = CompetitionRegistration.Payload(null, name, employer),
            }], [contestantId]);
        });

    public Task<Outcome<RosterChange>> WithdrawContestantAsync(long contestantId, Withdrawal withdrawal, string reason, string actor) =>
        recorder.RecordChangeAsync(s => s.CheckWithdraw(contestantId) ?? Reasons.Require(reason), async db =>
        {
            await CompetitionRegistration.WithdrawAsync(db, contestantId, withdrawal, reason.Trim());
            return ([recorder.Draft(LedgerEventType.ContestantWithdrawn, actor) with
            {
                ContestantId = contestantId, Reason = reason.Trim(), Payload = CompetitionRegistration.Payload(withdrawal),
            }], [contestantId]);
        });

    public async Task<Outcome<RosterChange>> AddJudgeAsync(JudgeRegistration judge, string? reason, string actor)
    {
        var outcome = await recorder.RecordChangeAsync(s => s.CheckJudgeChange(null) ?? Reasons.RequireOnceLive(s, reason), async db =>
        {
            var id = await CompetitionRegistration.AddJudgeAsync(db, competitionId, judge);
            return ([recorder.Draft(LedgerEventType.JudgeAdded, actor) with
            {
                JudgeId = id, Reason = Reasons.Kept(reason), Payload = CompetitionRegistration.Payload(null, judge.Name, judge.Employer),
            }], [id]);
        });
        await ApplyPanelShapeAsync();
        return outcome;
    }

    public async Task<Outcome<RosterChange>> ReplaceJudgeAsync(long judgeId, JudgeRegistration replacement, string reason, string actor)
    {
        var outcome = await recorder.RecordChangeAsync(s => s.CheckJudgeChange(judgeId) ?? Reasons.Require(reason), async db =>
        {
            var id = await CompetitionRegistration.ReplaceJudgeAsync(db, competitionId, judgeId, replacement);
            return ([recorder.Draft(LedgerEventType.JudgeReplaced, actor) with
            {
                JudgeId = judgeId, Reason = reason.Trim(), Payload = CompetitionRegistration.Payload(id, replacement.Name, replacement.Employer),
            }], [id]);
        });
        if (outcome.Succeeded)
        {
            // The judge who leaves signs in no more.
            await grains.Judge(judgeId).RefreshAsync();
        }
        return outcome;
    }

    public Task<Outcome<RosterChange>> RemoveAsync(long? contestantId, long? judgeId) =>
        recorder.RecordChangeAsync(s => CompetitionRegistration.CheckRemovable(recorder.View!, contestantId, judgeId) ?? s.CheckRemoval(contestantId), async db =>
        {
            await CompetitionRegistration.RemoveAsync(db, contestantId, judgeId);
            return ([], []);
        });

    /// <summary>A clone's panel shape, once its draft has enough judges: the panels it gives, stored once.</summary>
    private async Task ApplyPanelShapeAsync()
    {
        if (recorder.State?.Status != CompetitionStatus.Draft)
        {
            return;
        }
        await using var db = contexts.CreateDbContext();
        var shape = await db.Competitions.Where(c => c.Id == competitionId).Select(c => c.PanelShape).SingleAsync();
        var view = recorder.View!;
        var panels = shape?.Apply(
            view.MarkingScheme.Modules.Select(m => (IReadOnlyList<long>)m.Aspects.Select(a => a.Id).ToList()).ToList(),
            view.Judges.Where(j => j.ReplacedBy is null).Select(j => j.Id).ToList());
        if (panels is null)
        {
            return;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AspectPanels.AddRange(panels.SelectMany(p => p.Value.Select(j => new AspectPanelEntity { AspectId = p.Key, JudgeId = j })));
            await db.SaveChangesAsync();
            await db.Competitions.Where(c => c.Id == competitionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PanelShape, (PanelShape?)null));
            await transaction.CommitAsync();
        }
        await recorder.LoadAsync();
    }
}
