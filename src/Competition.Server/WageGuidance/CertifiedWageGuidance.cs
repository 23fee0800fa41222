using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Wages;
using Competition.Server.Agreements;
using Competition.Server.Certificates;
using Competition.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Competition.Server.WageGuidance;

/// <summary>
/// The guidance for a certified worker, shown on the verification page and the worker's profile. The
/// region is the platform's (<c>Certificates:Region</c>, where its certifying organisations sit, as its
/// certificate numbers' site code is); which agreements bind the holder is <see cref="AgreementRules"/>'s to say.
/// </summary>
public sealed class CertifiedWageGuidance(IOptions<CertificateOptions> options, PlatformCalendar calendar)
{
    /// <summary>The guidance for each of one worker's certificates (the agreements in force are read once).</summary>
    public async Task<List<CertificateWageGuidance>> ForAsync(
        CompetitionDbContext db, IReadOnlyList<CertificateEntity> certificates, string employer, CancellationToken cancellationToken)
    {
        var region = options.Value.Region;
        // An agreement is in force on local days: its term's first and last day are the region's dates.
        var today = calendar.Today();
        var inForce = (await db.Agreements.AsNoTracking()
                .Where(a => a.Region == region && a.Status == AgreementStatus.Signed && a.TermStart <= today && today <= a.TermEnd)
                .OrderByDescending(a => a.Id).ToListAsync(cancellationToken))
            .Select(a => (Entity: a, AgreementBook.ViewOf(a).Floors))
            .ToList();
        var guidance = new List<CertificateWageGuidance>();
        foreach (var certificate in certificates)
        {
            var row = (await db.WageGuidanceRows.AsNoTracking()
                    .Where(r => r.Region == region && r.OccupationCode == certificate.OccupationCode && r.Level == certificate.Level)
                    .ToListAsync(cancellationToken))
                .OrderByDescending(r => r.Year).ThenByDescending(r => r.OccupationEdition == certificate.OccupationEdition).ThenByDescending(r => r.Id)
                .FirstOrDefault()?.ToDomain();
            var agreements = inForce.Where(a => AgreementRules.Covers(a.Entity.Scope, a.Entity.Party, employer, row?.Industry, region)).Select(a =>
            {
                var floor = a.Floors.Single(f => f.Level == certificate.Level);
                return new CoveringAgreement(a.Entity.Id, a.Entity.Name, a.Entity.Scope, a.Entity.Party, a.Entity.TermEnd, floor.MonthlyFloor, floor.MonthlyAllowance);
            }).ToList();
            guidance.Add(new CertificateWageGuidance(certificate.Number, region, row is null ? null : Band(row), agreements));
        }
        return guidance;
    }

    private static GuidanceBand Band(WageGuidanceRow row) => new(row.Year, row.Source, row.Industry, row.OccupationCode, row.SampleSize,
        row.MonthlyYuan(row.P10), row.MonthlyYuan(row.P25), row.MonthlyYuan(row.P50), row.MonthlyYuan(row.P75), row.MonthlyYuan(row.P90),
        row.MonthlyYuan(row.Mean));
}
