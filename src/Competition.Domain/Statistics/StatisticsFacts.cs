using Competition.Domain.Certification;
using Competition.Domain.Competitions;
using Competition.Domain.Rules;
using Competition.Domain.Wages;

namespace Competition.Domain.Statistics;

/// <summary>A competition held, counted on <see cref="CountedOn"/> (see <see cref="CountingRules.CountedOn"/>).</summary>
public sealed record HeldCompetition(long Id, string Name, string Occupation, CompetitionLevel? Level, string? Industry, string? District,
    string? Host, DateOnly CountedOn);

/// <summary>A contestant's entry in a held competition, with the result stored once results were locked.</summary>
public sealed record CompetitionEntry(long CompetitionId, long ContestantId, string Name, string Employer, long? WorkerId,
    Withdrawal? Withdrawal, int? Rank, Award? Award, string? Title);

/// <summary>A judge's seat on a held competition's panel.</summary>
public sealed record JudgeSeat(long CompetitionId, long JudgeId, string Name, string Employer);

/// <summary>A skill-level assessment decided (passed or rejected) on <see cref="DecidedOn"/>.</summary>
public sealed record DecidedAssessment(long Id, long WorkerId, string OccupationName, SkillLevel TargetLevel, AssessmentRoute Route, bool Passed,
    DateOnly DecidedOn, long? CompetitionId, long? ContestantId);

/// <summary>A certificate issued on <see cref="IssuedOn"/>; a renewal (or reissue) supersedes an earlier one.</summary>
public sealed record IssuedCertificate(long Id, string Number, long WorkerId, SkillLevel Level, string OccupationCode, string OccupationName,
    DateOnly IssuedOn, bool Renewal);

/// <summary>A certificate revoked on <see cref="On"/>.</summary>
public sealed record Revocation(long CertificateId, string Number, SkillLevel Level, string OccupationName, DateOnly On, string Reason);

/// <summary>A skill-level wage agreement with the monthly minimum it sets per level and, where its region has
/// published guidance for its reference occupation and year, the guidance median (P50, monthly) per level.</summary>
public sealed record AgreementFacts(long Id, string Name, AgreementScope Scope, string Party, DateOnly? SignedOn, DateOnly TermStart,
    DateOnly TermEnd, int? WorkersCovered, IReadOnlyList<LevelFloor> Floors, IReadOnlyDictionary<SkillLevel, decimal> GuidanceMedians);

/// <summary>What one organisation's subtree holds for a span of days: the rows the statistics count.
/// <see cref="Promotions"/>: the passed competition-route assessments drawn from these competitions' results,
/// whenever they were decided.</summary>
public sealed record StatisticsFacts(
    IReadOnlyList<HeldCompetition> Competitions,
    IReadOnlyList<CompetitionEntry> Entries,
    IReadOnlyList<JudgeSeat> Judges,
    IReadOnlyList<DecidedAssessment> Assessments,
    IReadOnlyList<IssuedCertificate> Certificates,
    IReadOnlyList<Revocation> Revocations,
    IReadOnlyList<AgreementFacts> Agreements,
    IReadOnlyList<DecidedAssessment> Promotions)
{
    /// <summary>The facts of <paramref name="period"/> alone: competitions by the day they count on (and their
    /// people with them), decisions, issues and revocations by their day; agreements all (whether one counts depends on its
    /// signature and term, see <see cref="CountingRules.InForce"/>).</summary>
    public StatisticsFacts Within(ReportingPeriod period)
    {
        var competitions = Competitions.Where(c => period.Contains(c.CountedOn)).ToList();
        var held = competitions.Select(c => c.Id).ToHashSet();
        return new StatisticsFacts(competitions,
            Entries.Where(e => held.Contains(e.CompetitionId)).ToList(),
            Judges.Where(j => held.Contains(j.CompetitionId)).ToList(),
            Assessments.Where(a => period.Contains(a.DecidedOn)).ToList(),
            Certificates.Where(c => period.Contains(c.IssuedOn)).ToList(),
            Revocations.Where(r => period.Contains(r.On)).ToList(),
            Agreements,
            Promotions.Where(p => p.CompetitionId is { } c && held.Contains(c)).ToList());
    }
}
