using System.Security.Claims;
using Competition.Data;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Statistics;
using Competition.Domain.Wages;
using Competition.Server.Agreements;
using Competition.Server.Auth;
using Competition.Server.Hosting;
using Competition.Server.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Statistics;

/// <summary>
/// Loads what an organisation's subtree holds for a period and the year before it (competitions it hosted with
/// their people and stored results; the assessments, certificates and revocations of its HR organisations; the
/// agreements its accounts recorded) and counts it with <see cref="YearInNumbers"/>. Each organisation sees its own
/// subtree: an organizer or negotiator theirs, an administrator any.
/// </summary>
public sealed class FederationStatistics(IDbContextFactory<CompetitionDbContext> contexts, OrganizationDirectory directory, PlatformCalendar calendar)
{
    /// <summary>The organisation the statistics are for: the one asked (which the caller must cover) or the caller's own.</summary>
    public async Task<Outcome<long>> ScopeAsync(ClaimsPrincipal user, long? asked, CancellationToken cancellationToken)
    {
        var tree = await directory.TreeAsync(cancellationToken);
        var own = user.OrganizationIdOf();
        var organization = asked ?? own ?? tree.Root();
        if (organization is not { } id || !tree.Contains(id) || !(user.IsInRole(Roles.Administrator) || own is { } mine && tree.Covers(mine, id)))
        {
            return new DomainError(ErrorKind.NotFound, "organization.not-found", $"Organisation {asked} does not exist or is not yours to report on.");
        }
        return id;
    }

    public async Task<StatisticsView> CountAsync(long organization, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var (facts, name, includes) = await LoadAsync(organization, period, cancellationToken);
        return new StatisticsView(organization, name, includes, YearInNumbers.Count(period, facts), StatisticsDefinitions.All);
    }

    /// <summary>The facts of the period alone (for the lists behind the figures).</summary>
    public async Task<StatisticsFacts> FactsAsync(long organization, ReportingPeriod period, CancellationToken cancellationToken) =>
        (await LoadAsync(organization, period, cancellationToken)).Facts.Within(period);

    private async Task<(StatisticsFacts Facts, string Name, IReadOnlyList<string> Includes)> LoadAsync(
        long organization, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var tree = await directory.TreeAsync(cancellationToken);
        var subtree = tree.Subtree(organization);
        var span = new ReportingPeriod(period.YearBefore().From, period.To);
        await using var db = contexts.CreateDbContext();
        var organizations = await db.Organizations.AsNoTracking().Where(o => subtree.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var names = organizations.Values.ToList();
        // The top of the registry counts every HR organisation's certificates, registered or not.
        var everyIssuer = tree.Root() == organization;

        // Competitions: days are dates (compared in SQL); a competition without days is placed by when it started, which
        // SQLite cannot compare as an instant, so those few are filtered here.
        var competitions = (await db.Competitions.AsNoTracking()
                .Where(c => c.Status != CompetitionStatus.Draft && c.HostOrganizationId != null && subtree.Contains(c.HostOrganizationId.Value)
                    && (c.StartsOn == null || (c.StartsOn >= span.From && c.StartsOn <= span.To)))
                .Select(c => new { c.Id, c.Name, c.Occupation, c.Status, c.Level, c.Industry, c.District, c.HostOrganizationId, c.StartsOn, c.StartedAt })
                .ToListAsync(cancellationToken))
            .Select(c => CountingRules.CountedOn(c.Status, c.StartsOn, c.StartedAt is { } at ? calendar.DateOf(at) : null) is { } on && span.Contains(on)
                ? new HeldCompetition(c.Id, c.Name, c.Occupation, c.Level, c.Industry, c.District, organizations.GetValueOrDefault(c.HostOrganizationId!.Value), on)
                : null)
            .OfType<HeldCompetition>().ToList();
        var held = competitions.Select(c => c.Id).ToList();
        var entries = await db.Contestants.AsNoTracking().Where(c => held.Contains(c.CompetitionId))
            .Select(c => new CompetitionEntry(c.CompetitionId, c.Id, c.Name, c.Employer, c.WorkerId, c.Withdrawal, c.FinalRank, c.Award, c.Title))
            .ToListAsync(cancellationToken);
        var judges = await db.Judges.AsNoTracking().Where(j => held.Contains(j.CompetitionId))
            .Select(j => new JudgeSeat(j.CompetitionId, j.Id, j.Name, j.Employer)).ToListAsync(cancellationToken);
        var promotions = await db.Assessments.AsNoTracking()
            .Where(a => a.Route == AssessmentRoute.Competition && a.Status == AssessmentStatus.Passed && a.CompetitionId != null && held.Contains(a.CompetitionId.Value))
            .Select(a => new { a.Id, a.WorkerId, a.OccupationName, a.TargetLevel, a.Route, a.Status, a.DecidedAt, a.CompetitionId, a.ContestantId })
            .ToListAsync(cancellationToken);

        // Assessments and certificates name their HR organisation; their instants are compared here (see above).
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.Status != AssessmentStatus.Draft && a.DecidedAt != null && (everyIssuer || names.Contains(a.Organization)))
            .Select(a => new { a.Id, a.WorkerId, a.OccupationName, a.TargetLevel, a.Route, a.Status, a.DecidedAt, a.CompetitionId, a.ContestantId })
            .ToListAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => everyIssuer || names.Contains(c.Organization))
            .Select(c => new { c.Id, c.Number, c.WorkerId, c.Level, c.OccupationCode, c.OccupationName, c.IssuedAt, Renewal = c.SupersedesId != null })
            .ToListAsync(cancellationToken);
        var revocations = await db.CertificateStatusChanges.AsNoTracking()
            .Where(s => s.Change == StatusChange.Revoked)
            .Join(db.Certificates.Where(c => everyIssuer || names.Contains(c.Organization)), s => s.CertificateId, c => c.Id,
                (s, c) => new { c.Id, c.Number, c.Level, c.OccupationName, s.At, s.Reason })
            .ToListAsync(cancellationToken);
        var agreements = await AgreementsAsync(db, subtree, cancellationToken);

        DecidedAssessment Decided(long id, long worker, string occupation, SkillLevel level, AssessmentRoute route, AssessmentStatus status, DateTimeOffset? at,
            long? competition, long? contestant) =>
            new(id, worker, occupation, level, route, status == AssessmentStatus.Passed, calendar.DateOf(at!.Value), competition, contestant);
        var facts = new StatisticsFacts(competitions, entries, judges,
            assessments.Select(a => Decided(a.Id, a.WorkerId, a.OccupationName, a.TargetLevel, a.Route, a.Status, a.DecidedAt, a.CompetitionId, a.ContestantId))
                .Where(a => span.Contains(a.DecidedOn)).ToList(),
            certificates.Select(c => new IssuedCertificate(c.Id, c.Number, c.WorkerId, c.Level, c.OccupationCode, c.OccupationName, calendar.DateOf(c.IssuedAt), c.Renewal))
                .Where(c => span.Contains(c.IssuedOn)).ToList(),
            revocations.Select(r => new Revocation(r.Id, r.Number, r.Level, r.OccupationName, calendar.DateOf(r.At), r.Reason)).Where(r => span.Contains(r.On)).ToList(),
            agreements,
            promotions.Select(a => Decided(a.Id, a.WorkerId, a.OccupationName, a.TargetLevel, a.Route, a.Status, a.DecidedAt, a.CompetitionId, a.ContestantId)).ToList());
        return (facts, organizations[organization], organizations.Where(o => o.Key != organization).Select(o => o.Value).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The subtree's agreements with their floors, and the guidance median (monthly) of each level for
    /// each agreement's region, reference occupation and year where guidance was imported for it.</summary>
    private async Task<List<AgreementFacts>> AgreementsAsync(CompetitionDbContext db, IReadOnlyList<long> subtree, CancellationToken cancellationToken)
    {
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.OrganizationId != null && subtree.Contains(a.OrganizationId.Value)).ToListAsync(cancellationToken);
        var medians = new Dictionary<(string, int, string), IReadOnlyDictionary<SkillLevel, decimal>>();
        foreach (var (region, year, occupation) in agreements.Where(a => a.ReferenceYear is not null && a.ReferenceOccupationCode is not null)
                     .Select(a => (a.Region, a.ReferenceYear!.Value, a.ReferenceOccupationCode!)).Distinct())
        {
            var rows = await db.WageGuidanceRows.AsNoTracking()
                .Where(r => r.Region == region && r.Year == year && r.OccupationCode == occupation && r.Level != null)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken);
            // The latest import of a level wins, as for the agreement's own reference.
            medians[(region, year, occupation)] = rows.GroupBy(r => r.Level!.Value)
                .ToDictionary(g => g.Key, g => g.Last().ToDomain() is var row ? row.MonthlyYuan(row.P50) : 0m);
        }
        return agreements.Select(a => new AgreementFacts(a.Id, a.Name, a.Scope, a.Party, a.SignedAt is { } at ? calendar.DateOf(at) : null,
            a.TermStart, a.TermEnd, a.WorkersCovered, AgreementBook.ViewOf(a).Floors,
            a.ReferenceYear is { } year && a.ReferenceOccupationCode is { } code ? medians[(a.Region, year, code)] : new Dictionary<SkillLevel, decimal>())).ToList();
    }
}
