using Competition.Domain;
using Competition.Domain.Statistics;

namespace Competition.Server.Statistics;

/// <summary>The list behind each figure: the same rows <see cref="YearInNumbers"/> counts, filtered by a table's key
/// where one is asked (<see cref="Drilldowns"/>).</summary>
public static class StatisticsLists
{
    public static Outcome<IReadOnlyList<object>> Rows(string list, string? by, string? key, StatisticsFacts facts, ReportingPeriod period) => list switch
    {
        "competitions" => Filtered(facts.Competitions, Drilldowns.CompetitionKeys, by, key),
        "participations" => Filtered(facts.Entries.Where(CountingRules.Competed), Drilldowns.EntryKeys, by, key),
        "judges" => Filtered(facts.Judges, Empty<JudgeSeat>(), by, key),
        "awards" => Filtered(facts.Entries.Where(e => e.Award is not null), Drilldowns.EntryKeys, by, key),
        "titles" => Filtered(facts.Entries.Where(e => e.Title is not null), Drilldowns.EntryKeys, by, key),
        "promotions" => Filtered(CountingRules.Promoted(facts), Drilldowns.AssessmentKeys, by, key),
        "assessments" => Filtered(facts.Assessments, Drilldowns.AssessmentKeys, by, key),
        "certificates" => Filtered(facts.Certificates, Drilldowns.CertificateKeys, by, key),
        "renewals" => Filtered(facts.Certificates.Where(c => c.Renewal), Drilldowns.CertificateKeys, by, key),
        "revocations" => Filtered(facts.Revocations, Empty<Revocation>(), by, key),
        "agreements-signed" => Filtered(facts.Agreements.Where(a => a.SignedOn is { } on && period.Contains(on)), Empty<AgreementFacts>(), by, key),
        "agreements-in-force" => Filtered(facts.Agreements.Where(a => CountingRules.InForce(a, period)), Empty<AgreementFacts>(), by, key),
        _ => new DomainError(ErrorKind.NotFound, "statistics.unknown-list", $"There is no list {list}; the lists are {string.Join(", ", Drilldowns.Lists)}."),
    };

    private static Outcome<IReadOnlyList<object>> Filtered<T>(IEnumerable<T> rows, IReadOnlyDictionary<string, Func<T, string>> keys, string? by, string? key)
        where T : notnull
    {
        if (string.IsNullOrEmpty(by))
        {
            return rows.Cast<object>().ToList();
        }
        if (!keys.TryGetValue(by, out var keyOf))
        {
            return new DomainError(ErrorKind.Invalid, "statistics.unknown-key",
                keys.Count == 0 ? "This list has no table to filter by." : $"by is one of {string.Join(", ", keys.Keys)}.");
        }
        return rows.Where(r => keyOf(r) == (key ?? "")).Cast<object>().ToList();
    }

    private static IReadOnlyDictionary<string, Func<T, string>> Empty<T>() => new Dictionary<string, Func<T, string>>();
}
