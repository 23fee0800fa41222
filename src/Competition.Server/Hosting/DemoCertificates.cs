using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Competition.Domain.Ledger;
using Competition.Seed;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Competition.Server.Hosting;

/// <summary>
/// Finishes the demo's certification part once the seed has run: the demo HR officer <c>hr</c> of the
/// demo organisation, a signed certificate for every seeded passed assessment, and one of them revoked,
/// so the verification page has every common state to show.
/// </summary>
public static class DemoCertificates
{
    public const string HrUsername = "hr";

    /// <returns>The HR officer's generated password when one was generated now; otherwise null.</returns>
    public static async Task<string?> IssueAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var organization = DemoCertification.Load().Organization;
        var contexts = services.GetRequiredService<IDbContextFactory<CompetitionDbContext>>();
        await using var db = contexts.CreateDbContext();
        var password = await AdminAccount.EnsureAccountAsync(db, services.GetRequiredService<IPasswordHasher<AccountEntity>>(), HrUsername,
            Roles.HrOfficer, organization, configuration["Seed:DemoHrPassword"], services.GetRequiredService<TimeProvider>(), cancellationToken);
        var passed = await db.Assessments.Where(a => a.Organization == organization && a.Status == AssessmentStatus.Passed)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var registry = services.GetRequiredService<CertificateRegistry>();
        // No request to take the address from: the configured public address, else the one the host is told to listen on.
        var options = services.GetRequiredService<IOptions<CertificateOptions>>().Value;
        var baseUrl = options.PublicUrl is { Length: > 0 } url ? url.TrimEnd('/')
            : configuration["urls"]?.Split(';')[0].TrimEnd('/') ?? "http://localhost:5080";
        var issued = await registry.IssueAsync(passed, DemoSeederActor, organization, baseUrl, cancellationToken);
        if (issued.Value is [var first, ..])
        {
            await registry.RevokeAsync(first.Number, "演示：证书信息录入有误，已撤销", DemoSeederActor, organization, cancellationToken);
        }
        return password;
    }

    private const string DemoSeederActor = Actors.Platform;
}
