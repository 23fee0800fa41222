using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Access;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Judges;

/// <summary>
/// One judge. Checks PINs with a lock-out (a six-digit PIN must not be guessable by trying them all)
/// and keeps the judge's latest mark per contestant and aspect for the judge's tablet.
/// </summary>
public sealed class JudgeGrain(
    IDbContextFactory<CompetitionDbContext> contexts,
    IPasswordHasher<JudgeEntity> pinHasher,
    TimeProvider time) : Grain, IJudgeGrain
{
    /// <summary>Events that set a judge's entry.</summary>
    private static readonly LedgerEventType[] EntryTypes = [LedgerEventType.Mark, LedgerEventType.Amendment, LedgerEventType.CorrectionApproved];

    private readonly Dictionary<(long ContestantId, long AspectId), RecordedMark> _marks = [];
    private JudgeEntity? _judge;
    private int _failures;
    private DateTimeOffset? _lockedUntil;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var judgeId = this.GetPrimaryKeyLong();
        _judge = await db.Judges.AsNoTracking().SingleOrDefaultAsync(j => j.Id == judgeId, cancellationToken);
        var entries = db.LedgerEvents.AsNoTracking()
            .Where(e => e.JudgeId == judgeId && EntryTypes.Contains(e.Type))
            .OrderBy(e => e.Sequence)
            .Select(e => new RecordedMark(judgeId, e.ContestantId!.Value, e.AspectId!.Value, e.Value!.Value, e.Sequence))
            .AsAsyncEnumerable();
        await foreach (var mark in entries.WithCancellation(cancellationToken))
        {
            Keep(mark);
        }
    }

    public Task<JudgeSignIn> SignInAsync(long competitionId, string pin)
    {
        var now = time.GetUtcNow();
        if (SignInLockOut.IsLocked(_lockedUntil, now))
        {
            return Task.FromResult(new JudgeSignIn(JudgeSignInResult.LockedOut, _lockedUntil));
        }
        var accepted = _judge is not null && _judge.CompetitionId == competitionId && _judge.ReplacedById is null
            && pinHasher.VerifyHashedPassword(_judge, _judge.PinHash, pin) != PasswordVerificationResult.Failed;
        if (accepted)
        {
            _failures = 0;
            return Task.FromResult(new JudgeSignIn(JudgeSignInResult.Accepted, null, _judge!.IsChief));
        }
        (_failures, _lockedUntil) = SignInLockOut.JudgePins.AfterFailure(_failures, now);
        return Task.FromResult(new JudgeSignIn(_lockedUntil is null ? JudgeSignInResult.Refused : JudgeSignInResult.LockedOut, _lockedUntil));
    }

    public async Task RefreshAsync()
    {
        await using var db = contexts.CreateDbContext();
        var judgeId = this.GetPrimaryKeyLong();
        _judge = await db.Judges.AsNoTracking().SingleOrDefaultAsync(j => j.Id == judgeId);
    }

    public async Task SetPinAsync(string pinHash)
    {
        var judgeId = this.GetPrimaryKeyLong();
        await using var db = contexts.CreateDbContext();
        await db.Judges.Where(j => j.Id == judgeId).ExecuteUpdateAsync(s => s.SetProperty(j => j.PinHash, pinHash));
        _judge!.PinHash = pinHash;
        (_failures, _lockedUntil) = (0, null);
    }

    public Task<IReadOnlyList<RecordedMark>> GetMarksAsync() =>
        Task.FromResult<IReadOnlyList<RecordedMark>>(_marks.Values.OrderBy(m => m.Sequence).ToList());

    public Task MarkRecordedAsync(RecordedMark mark)
    {
        Keep(mark);
        return Task.CompletedTask;
    }

    /// <summary>Keeps the later of two entries; the notice of a mark already loaded from the ledger changes nothing.</summary>
    private void Keep(RecordedMark mark)
    {
        var key = (mark.ContestantId, mark.AspectId);
        if (!_marks.TryGetValue(key, out var known) || known.Sequence < mark.Sequence)
        {
            _marks[key] = mark;
        }
    }
}
