using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Wages;
using Competition.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.WageGuidance;

/// <summary>
/// Imports a wage guidance file: all rows or none (every bad row reported), a file seen before recognised
/// by its SHA-256 (nothing changes), rows that an earlier file already gave refused, the import and its
/// audit entry committed together.
/// </summary>
public sealed class WageGuidanceImporter(IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time)
{
    /// <summary>The import (new or seen before); or the bad rows, or why the file cannot be read.</summary>
    public async Task<Outcome<WageGuidanceImported>> ImportAsync(byte[] file, string actor, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(file));
        await using var db = contexts.CreateDbContext();
        if (await PreviousAsync(db, hash, cancellationToken) is { } previous)
        {
            return previous;
        }
        var parsed = WageGuidanceCsv.Read(file);
        if (parsed.Error is { } refused)
        {
            return refused;
        }
        var rows = parsed.Value!;
        // Rows are compared with stored ones once all are well formed: then row i is file line i + 2.
        if (await AlreadyStoredAsync(db, rows, cancellationToken) is { Count: > 0 } stored)
        {
            return WageGuidanceCsv.RowsRefused(stored);
        }
        var import = new WageGuidanceImportEntity
        {
            FileHash = hash, RowCount = rows.Count, ImportedBy = actor, ImportedAt = time.GetUtcNow(),
            Rows = rows.Select(WageGuidanceRowEntity.From).ToList(),
        };
        db.WageGuidanceImports.Add(import);
        audit.Stage(db, actor, "wage-guidance.imported", $"wage-guidance:{hash[..12]}", $"{import.RowCount} rows");
        // The same file, imported by someone else a moment ago, is theirs.
        return await contexts.SaveOrTakeTheirsAsync(db, () => new WageGuidanceImported(import.Id, import.RowCount, AlreadyImported: false),
            async again => (await PreviousAsync(again, hash, cancellationToken))!, cancellationToken);
    }

    private static async Task<WageGuidanceImported?> PreviousAsync(CompetitionDbContext db, string hash, CancellationToken cancellationToken) =>
        await db.WageGuidanceImports.AsNoTracking().Where(i => i.FileHash == hash)
            .Select(i => new WageGuidanceImported(i.Id, i.RowCount, true)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Rows whose figures an earlier file already gave: a table is published once; two would contradict.</summary>
    private static async Task<List<RowProblem>> AlreadyStoredAsync(
        CompetitionDbContext db, IReadOnlyList<WageGuidanceRow> rows, CancellationToken cancellationToken)
    {
        var years = rows.Select(r => r.Year).Distinct().ToList();
        var stored = (await rows.Select(r => r.Region).InChunksAsync(chunk => db.WageGuidanceRows.AsNoTracking()
                .Where(r => chunk.Contains(r.Region) && years.Contains(r.Year)).ToListAsync(cancellationToken)))
            .Select(r => WageGuidanceCsv.Key(r.ToDomain())).ToHashSet();
        return rows.Select((row, i) => (row, line: i + 2))
            .Where(r => stored.Contains(WageGuidanceCsv.Key(r.row)))
            .Select(r => new RowProblem(r.line, ["已导入过同一地区、年份、职业、行业和等级的工资价位。"]))
            .ToList();
    }
}
