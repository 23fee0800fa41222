using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Marking;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Competitions;

/// <summary>Reads competition definitions from the database into grain contracts.</summary>
internal static class CompetitionDefinitions
{
    public static async Task<CompetitionView?> LoadAsync(CompetitionDbContext db, long competitionId, CancellationToken cancellationToken)
    {
        var competition = await db.Competitions.AsNoTracking().AsSplitQuery()
            .Include(c => c.Modules).ThenInclude(m => m.Aspects)
            .Include(c => c.Contestants)
            .Include(c => c.Judges)
            .SingleOrDefaultAsync(c => c.Id == competitionId, cancellationToken);
        return competition is null
            ? null
            : new CompetitionView(
                competition.Id,
                competition.Name,
                competition.Occupation,
                competition.Status,
                competition.StartedAt,
                ToView(competition.Modules),
                competition.Contestants.OrderBy(c => c.Bib, StringComparer.Ordinal)
                    .Select(c => new ContestantView(c.Id, c.Bib, c.Name, c.Employer)).ToList(),
                competition.Judges.OrderBy(j => j.Id).Select(j => new JudgeView(j.Id, j.Name, j.Employer)).ToList());
    }

    public static async Task<MarkingSchemeView> LoadSchemeAsync(CompetitionDbContext db, long competitionId, CancellationToken cancellationToken)
    {
        var modules = await db.Modules.AsNoTracking()
            .Include(m => m.Aspects)
            .Where(m => m.CompetitionId == competitionId)
            .ToListAsync(cancellationToken);
        return ToView(modules);
    }

    public static MarkingScheme ToDomain(this MarkingSchemeView scheme) =>
        new(scheme.Modules
            .Select(m => new SchemeModule(m.Id, m.Name, m.Weight,
                m.Aspects.Select(a => new SchemeAspect(a.Id, a.Name, a.Kind, a.MaxMark)).ToList()))
            .ToList());

    /// <summary>The competition's ledger in order, as recorded marks.</summary>
    public static IAsyncEnumerable<MarkEntity> Ledger(this CompetitionDbContext db, long competitionId) =>
        db.Marks.AsNoTracking().Where(m => m.CompetitionId == competitionId).OrderBy(m => m.Sequence).AsAsyncEnumerable();

    public static RecordedMark ToRecorded(this MarkEntity m) => new(m.JudgeId, m.ContestantId, m.AspectId, m.Value, m.Sequence);

    private static MarkingSchemeView ToView(IEnumerable<ModuleEntity> modules) =>
        new(modules.OrderBy(m => m.Position)
            .Select(m => new ModuleView(m.Id, m.Name, m.Weight,
                m.Aspects.OrderBy(a => a.Position).Select(a => new AspectView(a.Id, a.Name, a.Kind, a.MaxMark)).ToList()))
            .ToList());
}
