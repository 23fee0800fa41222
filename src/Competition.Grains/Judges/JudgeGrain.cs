using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Access;
using Competition.Grains.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Judges;

/// <summary>
/// One judge. Checks PINs (the host has counted the attempt against the judge's guess budget first, in
/// the database, so that a lock-out holds across restarts and silos) and answers the judge's record for
/// the chief judge: what the competition grain, the single writer of marks, knows of their work, with
/// where their sign-in attempts stand.
/// </summary>
public sealed class JudgeGrain(
    IDbContextFactory<CompetitionDbContext> contexts,
    IPasswordHasher<JudgeEntity> pinHasher,
    TimeProvider time) : Grain, IJudgeGrain
{
    private JudgeEntity? _judge;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<JudgeSignIn> SignInAsync(long competitionId, string pin)
    {
        if (_judge is null || _judge.CompetitionId != competitionId || _judge.ReplacedById is not null)
        {
            return Task.FromResult(new JudgeSignIn(JudgeSignInResult.NotThisJudge));
        }
        return Task.FromResult(pinHasher.VerifyHashedPassword(_judge, _judge.PinHash, pin) != PasswordVerificationResult.Failed
            ? new JudgeSignIn(JudgeSignInResult.Accepted, _judge.IsChief)
            : new JudgeSignIn(JudgeSignInResult.WrongPin));
    }

    public Task RefreshAsync() => LoadAsync(CancellationToken.None);

    public async Task SetPinAsync(string pinHash, string issuedTo)
    {
        var judgeId = this.GetPrimaryKeyLong();
        await using var db = contexts.CreateDbContext();
        await db.Judges.Where(j => j.Id == judgeId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.PinHash, pinHash).SetProperty(j => j.PinIssuedTo, issuedTo));
        await SignInAttempts.ForgetAsync(db, SignInSubjects.Judge(judgeId), CancellationToken.None);
        (_judge!.PinHash, _judge.PinIssuedTo) = (pinHash, issuedTo);
    }

    public async Task<JudgeRecordView?> GetRecordAsync()
    {
        if (_judge is null
            || await GrainFactory.Competition(_judge.CompetitionId).GetJudgeRecordAsync(_judge.Id) is not { } record)
        {
            return null;
        }
        await using var db = contexts.CreateDbContext();
        var subject = SignInSubjects.Judge(_judge.Id);
        var standing = (await SignInAttempts.StandingsAsync(db, [subject], SignInLimits.JudgePins, time.GetUtcNow(), CancellationToken.None))
            .GetValueOrDefault(subject);
        return new JudgeRecordView(_judge.CompetitionId,
            new JudgeView(_judge.Id, _judge.Name, _judge.Employer, _judge.IsChief, _judge.ReplacedById),
            standing?.LockedUntil, standing?.Failures ?? 0, record);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var judgeId = this.GetPrimaryKeyLong();
        _judge = await db.Judges.AsNoTracking().SingleOrDefaultAsync(j => j.Id == judgeId, cancellationToken);
    }
}
