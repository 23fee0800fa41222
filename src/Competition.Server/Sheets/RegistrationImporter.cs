using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Registration;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Competition.Server.Competitions;
using Competition.Server.Imports;
using Competition.Server.Workers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Sheets;

/// <summary>
/// Imports a registration sheet into a draft: every row checked first (nothing stored if one is bad),
/// contestants with a national ID linked to their worker, each new judge given a PIN (answered once),
/// the same file twice recognised, the import audited.
/// </summary>
public sealed class RegistrationImporter(
    IGrainFactory grains, IDbContextFactory<CompetitionDbContext> contexts, WorkerDirectory workers, NationalIdHasher nationalIds,
    IPasswordHasher<JudgeEntity> pinHasher, AdminAuditLog audit)
{
    /// <summary>The people added (or the file seen before); or why the sheet is refused, with its bad rows.</summary>
    public async Task<Outcome<RegistrationImported>> ImportAsync(long competitionId, string kind, byte[] file, string actor, CancellationToken cancellationToken)
    {
        var columns = RegistrationSheets.ColumnsOf(kind);
        var read = SpreadsheetTable.Read(file, columns, RegistrationSheets.MaximumRows, RegistrationSheets.Unreadable);
        if (read.Error is { } unreadable)
        {
            return unreadable;
        }
        var table = read.Value!;
        var competition = grains.Competition(competitionId);
        var view = (await competition.GetViewAsync())!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(file));
        await using var db = contexts.CreateDbContext();
        // Before the rows are checked: the same file again would clash with its own registrations.
        if (await db.RegistrationImports.AnyAsync(i => i.CompetitionId == competitionId && i.Kind == kind && i.FileHash == hash, cancellationToken))
        {
            return AlreadyImported;
        }
        var header = RegistrationSheets.HeaderReasons(table, columns);
        IReadOnlyList<RowProblem> problems;
        RegistrationBatch registration;
        IReadOnlyList<string> pins = [];
        if (kind == RegistrationSheets.Judges)
        {
            var entries = RegistrationSheets.JudgeEntries(table);
            problems = RegistrationRules.CheckJudges(entries, view.Judges.Any(j => j.IsChief));
            var newJudges = entries.Select(e => NewJudge(e.Name, e.Employer, RegistrationRules.YesNo(e.IsChief) == true, actor)).ToList();
            pins = newJudges.Select(j => j.Pin).ToList();
            registration = new RegistrationBatch(kind, hash, actor, [], newJudges.Select(j => j.Judge).ToList());
        }
        else
        {
            var entries = RegistrationSheets.ContestantEntries(table);
            var registered = await RegisteredIdHashesAsync(db, competitionId, cancellationToken);
            problems = RegistrationRules.CheckContestants(entries, view.Contestants.Select(c => c.Bib).ToHashSet(StringComparer.Ordinal),
                id => registered.Contains(nationalIds.Hash(id)));
            registration = new RegistrationBatch(kind, hash, actor, [], []);
            if (problems.Count == 0 && header.Count == 0)
            {
                registration = registration with { Contestants = await PrepareAsync(db, entries, view, cancellationToken) };
            }
        }
        if (header.Count > 0 || problems.Count > 0)
        {
            return RegistrationSheets.RowsRefused(header, problems);
        }

        var outcome = await competition.RegisterAsync(registration);
        if (outcome.Error is { } error)
        {
            return error;
        }
        var change = outcome.Value!;
        if (change.AlreadyImported)
        {
            return AlreadyImported;
        }
        await audit.RecordAsync(actor, $"competition.{kind}-imported", $"competition:{competitionId}", $"{change.Ids.Count} rows, file {hash[..12]}");
        var after = (await competition.GetViewAsync())!;
        var ids = change.Ids.ToHashSet();
        var judges = kind == RegistrationSheets.Judges
            ? change.Ids.Select((id, i) => after.Judges.Single(j => j.Id == id) is var j ? new JudgeWithPin(j.Id, j.Name, j.Employer, j.IsChief, pins[i]) : null!).ToList()
            : [];
        return new RegistrationImported(change.Ids.Count, false, after.Contestants.Where(c => ids.Contains(c.Id)).ToList(), judges);
    }

    /// <summary>A judge to register with a new PIN (answered once, to <paramref name="issuedTo"/>; only its hash is stored).</summary>
    public (JudgeRegistration Judge, string Pin) NewJudge(string name, string employer, bool isChief, string issuedTo)
    {
        var pin = JudgePins.Generate();
        var hash = pinHasher.HashPassword(new JudgeEntity { Name = name, Employer = employer, PinHash = "" }, pin);
        return (new JudgeRegistration(name, employer, isChief, hash, issuedTo), pin);
    }

    /// <summary>Bibs for empty ones, and each identified contestant's worker (registered when new: save
    /// <paramref name="db"/> to keep them).</summary>
    public async Task<IReadOnlyList<ContestantRegistration>> PrepareAsync(
        CompetitionDbContext db, IReadOnlyList<ContestantEntry> entries, CompetitionView view, CancellationToken cancellationToken)
    {
        var given = entries.Where(e => e.Bib.Length > 0).Select(e => e.Bib);
        var generated = new Queue<string>(RegistrationRules.NextBibs(view.Contestants.Select(c => c.Bib).Concat(given), entries.Count(e => e.Bib.Length == 0)));
        var identified = entries.Where(e => e.NationalId.Length > 0).ToList();
        var found = await workers.FindOrAddAsync(db, identified.Select(e => new WorkerDirectory.Person(e.Name, e.Employer, NationalIds.Normalise(e.NationalId))).ToList(),
            cancellationToken);
        // New workers need their ids before the contestants are linked to them.
        await db.SaveChangesAsync(cancellationToken);
        var workerOf = identified.Select((e, i) => (e.Row, found[i].Id)).ToDictionary(x => x.Row, x => x.Id);
        return entries.Select(e => new ContestantRegistration(e.Bib.Length > 0 ? e.Bib : generated.Dequeue(), e.Name, e.Employer,
            RegistrationRules.YesNo(e.OutOfRanking) == true, workerOf.TryGetValue(e.Row, out var worker) ? worker : null)).ToList();
    }

    private static async Task<HashSet<string>> RegisteredIdHashesAsync(CompetitionDbContext db, long competitionId, CancellationToken cancellationToken) =>
        (await db.Contestants.Where(c => c.CompetitionId == competitionId && c.WorkerId != null)
            .Join(db.Workers, c => c.WorkerId, w => w.Id, (_, w) => w.NationalIdHash).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private static readonly RegistrationImported AlreadyImported = new(0, true, [], []);
}
