using Competition.Domain.Certification;

namespace Competition.Domain.Statistics;

/// <summary>Competitions held and who took part (see <see cref="CountingRules"/> for each definition).</summary>
public sealed record CompetitionFigures(
    Figure Held, IReadOnlyList<Breakdown> ByLevel, IReadOnlyList<Breakdown> ByIndustry, IReadOnlyList<Breakdown> ByDistrict,
    Figure Participations, Figure DistinctWorkers, Figure JudgeSeats, Figure DistinctJudges,
    Figure Awards, IReadOnlyList<Breakdown> ByAward, Figure HonoraryTitles, IReadOnlyList<Breakdown> ByTitle, Figure Promoted);

/// <summary>Assessments of one route decided in the period, and the share that passed (null: none decided).</summary>
public sealed record RouteFigures(string Route, Figure Decided, Figure Passed, decimal? PassRate, decimal? PreviousPassRate);

/// <summary>Skill-level assessment and certification.</summary>
public sealed record CertificationFigures(
    Figure Decided, Figure Passed, decimal? PassRate, decimal? PreviousPassRate, IReadOnlyList<RouteFigures> ByRoute,
    Figure Certificates, IReadOnlyList<Breakdown> ByLevel, IReadOnlyList<Breakdown> ByOccupation, Figure Renewals, Figure Revocations,
    Figure PrincipalTechnicians, Figure ChiefTechnicians);

/// <summary>A level's monthly minimum (floor and allowance) averaged over the agreements in force that set it, against
/// the guidance median (P50, monthly) averaged over those whose region publishes one; <see cref="ToGuidance"/> is their ratio.</summary>
public sealed record LevelFloorFigures(string Level, int Agreements, decimal AverageMonthlyMinimum, decimal? GuidanceMedianMonthly, decimal? ToGuidance);

/// <summary>Skill-level wage agreements.</summary>
public sealed record WageFigures(Figure Signed, Figure InForce, Figure EnterprisesCovered, Figure WorkersCovered, IReadOnlyList<LevelFloorFigures> Floors);

/// <summary>
/// A federation's period in numbers: every figure with the same days a year earlier. Counted from the facts
/// of both periods by <see cref="CountingRules"/>; the roll-up is in the facts (one organisation and all below it).
/// </summary>
public sealed record YearInNumbers(ReportingPeriod Period, ReportingPeriod ComparedWith, CompetitionFigures Competitions,
    CertificationFigures Certification, WageFigures Wages)
{
    /// <param name="facts">The facts from the start of the year before to the end of <paramref name="period"/>.</param>
    public static YearInNumbers Count(ReportingPeriod period, StatisticsFacts facts)
    {
        var before = period.YearBefore();
        var (now, then) = (facts.Within(period), facts.Within(before));
        return new YearInNumbers(period, before, CountCompetitions(now, then), CountCertification(now, then),
            CountWages(period, before, facts.Agreements));
    }

    private static CompetitionFigures CountCompetitions(StatisticsFacts now, StatisticsFacts then)
    {
        var (competed, competedBefore) = (now.Entries.Where(CountingRules.Competed).ToList(), then.Entries.Where(CountingRules.Competed).ToList());
        var (awarded, awardedBefore) = (now.Entries.Where(e => e.Award is not null).ToList(), then.Entries.Where(e => e.Award is not null).ToList());
        var (titled, titledBefore) = (now.Entries.Where(e => e.Title is not null).ToList(), then.Entries.Where(e => e.Title is not null).ToList());
        return new CompetitionFigures(
            Count(now.Competitions, then.Competitions),
            Breakdown.Of(now.Competitions, then.Competitions, Drilldowns.CompetitionKeys["level"]),
            Breakdown.Of(now.Competitions, then.Competitions, Drilldowns.CompetitionKeys["industry"]),
            Breakdown.Of(now.Competitions, then.Competitions, Drilldowns.CompetitionKeys["district"]),
            Count(competed, competedBefore),
            new Figure(CountingRules.DistinctWorkers(competed), CountingRules.DistinctWorkers(competedBefore)),
            Count(now.Judges, then.Judges),
            new Figure(CountingRules.DistinctJudges(now.Judges), CountingRules.DistinctJudges(then.Judges)),
            Count(awarded, awardedBefore),
            Breakdown.Of(awarded, awardedBefore, Drilldowns.EntryKeys["award"]),
            Count(titled, titledBefore),
            Breakdown.Of(titled, titledBefore, Drilldowns.EntryKeys["title"]),
            Count(CountingRules.Promoted(now), CountingRules.Promoted(then)));
    }

    private static CertificationFigures CountCertification(StatisticsFacts now, StatisticsFacts then)
    {
        var routes = Enum.GetValues<AssessmentRoute>().Select(route =>
        {
            var (decided, decidedBefore) = (now.Assessments.Where(a => a.Route == route).ToList(), then.Assessments.Where(a => a.Route == route).ToList());
            return new RouteFigures(Breakdown.KeyOf<AssessmentRoute>(route), Count(decided, decidedBefore),
                Count(decided.Where(a => a.Passed), decidedBefore.Where(a => a.Passed)), PassRate(decided), PassRate(decidedBefore));
        }).ToList();
        return new CertificationFigures(
            Count(now.Assessments, then.Assessments),
            Count(now.Assessments.Where(a => a.Passed), then.Assessments.Where(a => a.Passed)),
            PassRate(now.Assessments), PassRate(then.Assessments), routes,
            Count(now.Certificates, then.Certificates),
            Breakdown.Of(now.Certificates, then.Certificates, Drilldowns.CertificateKeys["level"]),
            Breakdown.Of(now.Certificates, then.Certificates, Drilldowns.CertificateKeys["occupation"], c => c.OccupationName),
            Count(now.Certificates.Where(c => c.Renewal), then.Certificates.Where(c => c.Renewal)),
            Count(now.Revocations, then.Revocations),
            Count(now.Certificates.Where(c => c.Level == SkillLevel.PrincipalTechnician), then.Certificates.Where(c => c.Level == SkillLevel.PrincipalTechnician)),
            Count(now.Certificates.Where(c => c.Level == SkillLevel.ChiefTechnician), then.Certificates.Where(c => c.Level == SkillLevel.ChiefTechnician)));
    }

    private static WageFigures CountWages(ReportingPeriod period, ReportingPeriod before, IReadOnlyList<AgreementFacts> agreements)
    {
        var signed = agreements.Where(a => a.SignedOn is { } on && period.Contains(on));
        var signedBefore = agreements.Where(a => a.SignedOn is { } on && before.Contains(on));
        var inForce = agreements.Where(a => CountingRules.InForce(a, period)).ToList();
        var inForceBefore = agreements.Where(a => CountingRules.InForce(a, before)).ToList();
        var floors = inForce
            .SelectMany(a => a.Floors.Where(f => f.Level is not null).Select(f => (Level: f.Level!.Value, f.MonthlyMinimum,
                Median: a.GuidanceMedians.TryGetValue(f.Level!.Value, out var median) ? median : (decimal?)null)))
            .GroupBy(f => f.Level).OrderBy(g => g.Key)
            .Select(g =>
            {
                var average = decimal.Round(g.Average(f => f.MonthlyMinimum), 2);
                var medians = g.Where(f => f.Median is not null).Select(f => f.Median!.Value).ToList();
                decimal? median = medians.Count > 0 ? decimal.Round(medians.Average(), 2) : null;
                return new LevelFloorFigures(Breakdown.KeyOf<SkillLevel>(g.Key), g.Count(), average, median,
                    median is > 0 ? decimal.Round(average / median.Value, 4) : null);
            }).ToList();
        return new WageFigures(Count(signed, signedBefore), Count(inForce, inForceBefore),
            new Figure(CountingRules.EnterprisesCovered(inForce), CountingRules.EnterprisesCovered(inForceBefore)),
            new Figure(CountingRules.WorkersCovered(inForce), CountingRules.WorkersCovered(inForceBefore)), floors);
    }

    private static Figure Count<T>(IEnumerable<T> now, IEnumerable<T> then) => new(now.LongCount(), then.LongCount());

    private static decimal? PassRate(IReadOnlyCollection<DecidedAssessment> decided) =>
        decided.Count == 0 ? null : decimal.Round((decimal)decided.Count(a => a.Passed) / decided.Count, 4);
}
