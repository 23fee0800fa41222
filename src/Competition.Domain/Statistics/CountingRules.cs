using Competition.Domain.Certification;
using Competition.Domain.Wages;

namespace Competition.Domain.Statistics;

/// <summary>
/// How each figure of the statistics is counted. These are the definitions the annual report prints:
/// a federation's numbers must mean the same thing every year and in every district.
/// </summary>
public static class CountingRules
{
    /// <summary>
    /// The day a competition counts on: its first day (<c>startsOn</c>), or the day it was started where it has
    /// no days; a competition never started (a draft) was not held and counts nowhere. So a competition over
    /// New Year counts once, in the year it began.
    /// </summary>
    public static DateOnly? CountedOn(CompetitionStatus status, DateOnly? startsOn, DateOnly? startedOn) =>
        status == CompetitionStatus.Draft ? null : startsOn ?? startedOn;

    /// <summary>An entry counts as a participation (人次) unless the contestant withdrew or did not come.</summary>
    public static bool Competed(CompetitionEntry entry) => entry.Withdrawal is null;

    /// <summary>
    /// Distinct workers among entries: entries registered with a national ID are one worker however many
    /// competitions they entered; an entry without one cannot be matched and counts as a person of its own.
    /// </summary>
    public static long DistinctWorkers(IEnumerable<CompetitionEntry> entries)
    {
        var list = entries.ToList();
        return list.Where(e => e.WorkerId is not null).Select(e => e.WorkerId).Distinct().Count() + list.Count(e => e.WorkerId is null);
    }

    /// <summary>Distinct judges: the same name at the same employer is one person across panels.</summary>
    public static long DistinctJudges(IEnumerable<JudgeSeat> seats) => seats.Select(s => (s.Name, s.Employer)).Distinct().Count();

    /// <summary>Promoted through competition: contestants of the period's competitions whose competition-route
    /// assessment passed (whenever it was decided), each counted once.</summary>
    public static IReadOnlyList<DecidedAssessment> Promoted(StatisticsFacts period) =>
        period.Promotions.Where(a => a.Route == AssessmentRoute.Competition && a.Passed).DistinctBy(a => a.ContestantId).ToList();

    /// <summary>An agreement is in force in a period when it was signed by the period's end and its term overlaps it.</summary>
    public static bool InForce(AgreementFacts agreement, ReportingPeriod period) =>
        agreement.SignedOn is { } signed && signed <= period.To && agreement.TermStart <= period.To && agreement.TermEnd >= period.From;

    /// <summary>Enterprises covered: the distinct parties of enterprise agreements in force (industry and district
    /// agreements name a sector, not an enterprise).</summary>
    public static long EnterprisesCovered(IEnumerable<AgreementFacts> inForce) =>
        inForce.Where(a => a.Scope == AgreementScope.Enterprise).Select(a => a.Party).Distinct().Count();

    /// <summary>Workers covered: the sum the parties reported for the agreements in force.</summary>
    public static long WorkersCovered(IEnumerable<AgreementFacts> inForce) => inForce.Sum(a => (long)(a.WorkersCovered ?? 0));
}
