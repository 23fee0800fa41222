using Competition.Data.Entities;
using Competition.Domain.Wages;
using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>Reads of the published wage guidance tables that more than one feature needs.</summary>
public static class WageGuidanceQueries
{
    /// <summary>The latest row for workers without a certificate of this occupation, year and region (an agreement's reference), or null.</summary>
    public static async Task<WageGuidanceRow?> NoCertificateRowAsync(
        this IQueryable<WageGuidanceRowEntity> rows, string region, int year, string occupationCode, CancellationToken cancellationToken) =>
        (await rows.AsNoTracking()
            .Where(r => r.Region == region && r.Year == year && r.OccupationCode == occupationCode && r.Level == null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken))?.ToDomain();
}
