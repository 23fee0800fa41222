using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Access;
using Competition.Grains.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Judges;

/// <summary>
/// One judge. Checks PINs with a lock-out (a six-digit PIN must not be guessable by trying them all) and
/// answers the judge's record for the chief judge: what the competition grain, the single writer of
/// marks, knows of their work, with what only this grain knows, whether their tablet is locked out.
/// </summary>
public sealed class JudgeGrain(
    IDbContextFactory<CompetitionDbContext> contexts,
    IPasswordHasher<JudgeEntity> pinHasher,
    TimeProvider time) : Grain, IJudgeGrain
{
    private JudgeEntity? _judge;
    private int _failures;
    private DateTimeOffset? _lockedUntil;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<JudgeSignIn> SignInAsync(long competitionId, string pin)
    {
        var now = time.GetUtcNow();
        // A sign-in for another competition (or a judge replaced) tries no PIN of this judge's: refused
        // without counting, or anyone could lock a judge out by naming the wrong competition.
        if (_judge is null || _judge.CompetitionId != competitionId || _judge.ReplacedById is not null)
        {
            return Task.FromResult(new JudgeSignIn(JudgeSignInResult.Refused, null));
        }
        if (SignInLockOut.IsLocked(_lockedUntil, now))
        {
            return Task.FromResult(new JudgeSignIn(JudgeSignInResult.LockedOut, _lockedUntil));
        }
        var accepted = pinHasher.VerifyHashedPassword(_judge, _judge.PinHash, pin) != PasswordVerificationResult.Failed;
        if (accepted)
        {
            _failures = 0;
            return Task.FromResult(new JudgeSignIn(JudgeSignInResult.Accepted, null, _judge!.IsChief));
        }
        (_failures, _lockedUntil) = SignInLockOut.JudgePins.AfterFailure(_failures, now);
        return Task.FromResult(new JudgeSignIn(_lockedUntil is null ? JudgeSignInResult.Refused : JudgeSignInResult.LockedOut, _lockedUntil));
    }

    public Task RefreshAsync() => LoadAsync(CancellationToken.None);

    public async Task SetPinAsync(string pinHash)
    {
        var judgeId = this.GetPrimaryKeyLong();
        await using var db = contexts.CreateDbContext();
        await db.Judges.Where(j => j.Id == judgeId).ExecuteUpdateAsync(s => s.SetProperty(j => j.PinHash, pinHash));
        _judge!.PinHash = pinHash;
        (_failures, _lockedUntil) = (0, null);
    }

    public async Task<JudgeRecordView?> GetRecordAsync()
    {
        if (_judge is null
            || await GrainFactory.GetGrain<ICompetitionGrain>(_judge.CompetitionId).GetJudgeRecordAsync(_judge.Id) is not { } record)
        {
            return null;
        }
        var lockedUntil = SignInLockOut.IsLocked(_lockedUntil, time.GetUtcNow()) ? _lockedUntil : null;
        return new JudgeRecordView(_judge.CompetitionId,
            new JudgeView(_judge.Id, _judge.Name, _judge.Employer, _judge.IsChief, _judge.ReplacedById), lockedUntil, _failures, record);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var judgeId = this.GetPrimaryKeyLong();
        _judge = await db.Judges.AsNoTracking().SingleOrDefaultAsync(j => j.Id == judgeId, cancellationToken);
    }
}
