using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Marking;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Competitions;

/// <summary>A competition's definition in the database: read as the public view and the rule state (in
/// draft; the ledger's events then bring it up to date), and a draft's configuration written.</summary>
internal static class CompetitionDefinitions
{
    public static async Task<(CompetitionView View, CompetitionState State)?> LoadAsync(
        CompetitionDbContext db, long competitionId, CancellationToken cancellationToken)
    {
        var competition = await db.Competitions.AsNoTracking().AsSplitQuery()
            .Include(c => c.Modules).ThenInclude(m => m.Aspects).ThenInclude(a => a.Panel)
            .Include(c => c.Contestants)
            .Include(c => c.Judges).ThenInclude(j => j.Assignments)
            .SingleOrDefaultAsync(c => c.Id == competitionId, cancellationToken);
        if (competition is null)
        {
            return null;
        }
        var modules = competition.Modules.OrderBy(m => m.Position).ToList();
        var aspects = modules.SelectMany(m => m.Aspects.OrderBy(a => a.Position)).ToList();
        var contestants = competition.Contestants.OrderBy(c => c.Bib, StringComparer.Ordinal).ToList();
        var judges = competition.Judges.OrderBy(j => j.Id).ToList();
        var rules = competition.Rules ?? CompetitionRules.Default;
        var schedule = new CompetitionSchedule(competition.Workstations, competition.Sessions ?? []);
        var highestNumber = contestants.Max(c => c.DrawnNumber) ?? 0;
        var panels = aspects.Where(a => a.Panel.Count > 0)
            .Select(a => new AspectPanelView(a.Id, a.Panel.Select(p => p.JudgeId).Order().ToList())).ToList();

        var view = new CompetitionView(
            competition.Id,
            competition.Name,
            competition.Occupation,
            competition.Status,
            competition.StartedAt,
            new MarkingSchemeView(modules.Select(m => new ModuleView(m.Id, m.Name, m.Weight,
                m.Aspects.OrderBy(a => a.Position).Select(CompetitionViews.ToView).ToList())).ToList()),
            contestants.Select(c => new ContestantView(c.Id, c.Bib, c.Name, c.Employer, c.OutOfRanking || c.Withdrawal is not null, c.Withdrawal,
                c.WithdrawalReason, c.DrawnNumber is { } number ? Lots.NumberText(number, highestNumber) : null, c.Session, c.Workstation, c.CheckedInAt)).ToList(),
            judges.Select(j => new JudgeView(j.Id, j.Name, j.Employer, j.IsChief, j.ReplacedById)).ToList(),
            rules,
            panels,
            [],
            false,
            new CompetitionProfile(competition.HostOrganizationId, competition.Level, competition.Industry, competition.District,
                competition.Venue, competition.StartsOn, competition.EndsOn),
            schedule.Workstations,
            schedule.Sessions);

        var plan = new PanelPlan(
            judges.Select(j => new JudgeInfo(j.Id, j.Employer, j.IsChief, j.ReplacedById is not null)),
            contestants.Select(ToInfo),
            panels.ToDictionary(p => p.AspectId, p => p.JudgeIds),
            judges.Where(j => j.Assignments.Count > 0)
                .ToDictionary(j => j.Id, j => (IReadOnlySet<long>)j.Assignments.Select(a => a.ContestantId).ToHashSet()));
        var state = new CompetitionState(competition.Id, view.MarkingScheme.ToDomain(), rules, plan,
            contestants.Select(ToInfo).ToList(), schedule);
        return (view, state);
    }

    /// <summary>A draft's new rules and/or panels, in one transaction; panels set by hand take the place of a clone's shape.</summary>
    public static async Task SaveConfigurationAsync(CompetitionDbContext db, long competitionId, CompetitionRules? rules, PanelsDefinition? panels,
        IReadOnlyList<long> aspectIds, IReadOnlyList<long> judgeIds)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (rules is not null)
        {
            await db.Competitions.Where(c => c.Id == competitionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Rules, rules));
        }
        if (panels is not null)
        {
            await db.AspectPanels.Where(p => aspectIds.Contains(p.AspectId)).ExecuteDeleteAsync();
            db.AspectPanels.AddRange(panels.Aspects.SelectMany(p => p.JudgeIds.Distinct().Select(j => new AspectPanelEntity { AspectId = p.AspectId, JudgeId = j })));
            if (panels.Assignments is { } assignments)
            {
                await db.JudgeAssignments.Where(a => judgeIds.Contains(a.JudgeId)).ExecuteDeleteAsync();
                db.JudgeAssignments.AddRange(assignments.SelectMany(a => a.ContestantIds.Distinct().Select(c => new JudgeAssignmentEntity { JudgeId = a.JudgeId, ContestantId = c })));
            }
            await db.SaveChangesAsync();
            await db.Competitions.Where(c => c.Id == competitionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PanelShape, (PanelShape?)null));
        }
        await transaction.CommitAsync();
    }

    /// <summary>A draft's scheme replaced: its panels go with the old aspects, and the rules given (module tie-breaks dropped).</summary>
    public static async Task ReplaceSchemeAsync(CompetitionDbContext db, long competitionId, MarkingSchemeView scheme, IReadOnlyList<long> oldAspectIds, CompetitionRules rules)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.AspectPanels.Where(p => oldAspectIds.Contains(p.AspectId)).ExecuteDeleteAsync();
        await db.Aspects.Where(a => oldAspectIds.Contains(a.Id)).ExecuteDeleteAsync();
        await db.Modules.Where(m => m.CompetitionId == competitionId).ExecuteDeleteAsync();
        var modules = scheme.ToEntities();
        modules.ForEach(m => m.CompetitionId = competitionId);
        db.Modules.AddRange(modules);
        await db.Competitions.Where(c => c.Id == competitionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Rules, rules));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public static Task SaveProfileAsync(CompetitionDbContext db, long competitionId, string name, string occupation, CompetitionProfile profile) =>
        db.Competitions.Where(c => c.Id == competitionId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Name, name).SetProperty(c => c.Occupation, occupation)
            .SetProperty(c => c.HostOrganizationId, profile.HostOrganizationId).SetProperty(c => c.Level, profile.Level)
            .SetProperty(c => c.Industry, profile.Industry).SetProperty(c => c.District, profile.District)
            .SetProperty(c => c.Venue, profile.Venue).SetProperty(c => c.StartsOn, profile.StartsOn).SetProperty(c => c.EndsOn, profile.EndsOn));

    public static MarkingScheme ToDomain(this MarkingSchemeView scheme) =>
        new(scheme.Modules
            .Select(m => new SchemeModule(m.Id, m.Name, m.Weight,
                m.Aspects.Select(a => new SchemeAspect(a.Id, a.Name, a.Kind, a.MaxMark, a.Deductions, a.Aggregation)).ToList()))
            .ToList());

    private static ContestantInfo ToInfo(ContestantEntity c) =>
        new(c.Id, c.Bib, c.Employer, c.OutOfRanking || c.Withdrawal is not null, c.Withdrawal is not null, c.DrawnNumber,
            c is { Session: { } session, Workstation: { } workstation } ? new Seat(session, workstation) : null,
            c.CheckedInAt is not null, c.Withdrawal == Withdrawal.NoShow);
}
