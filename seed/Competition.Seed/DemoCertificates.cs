using Competition.Data;
using Competition.Domain.Certification;
using Microsoft.EntityFrameworkCore;

namespace Competition.Seed;

/// <summary>
/// Finishes the demo's certification part once the seed has run: the demo HR officer <c>hr</c> of the
/// demo organisation, a signed certificate for every seeded passed assessment, and one of them revoked,
/// so the verification page has every common state to show.
/// </summary>
public static class DemoCertificates
{
    public const string HrUsername = "hr";

    public static async Task<DemoAccount> IssueAsync(CompetitionDbContext db, IDemoPlatform platform, CancellationToken cancellationToken)
    {
        var organization = DemoCertification.Load().Organization;
        var password = await platform.EnsureAccountAsync(HrUsername, DemoRole.HrOfficer, organization, cancellationToken);
        var passed = await db.Assessments.Where(a => a.Organization == organization && a.Status == AssessmentStatus.Passed)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var issued = await platform.IssueCertificatesAsync(passed, organization, null, cancellationToken);
        if (issued is [var first, ..])
        {
            await platform.RevokeCertificateAsync(first, "演示：证书信息录入有误，已撤销", organization, null, cancellationToken);
        }
        return new DemoAccount(HrUsername, DemoRole.HrOfficer, organization, password);
    }
}
