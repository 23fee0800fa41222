using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Ledger;
using Competition.Domain.Wages;
using Competition.Seed;
using Competition.Server.Auth;
using Competition.Server.Bargaining;
using Competition.Server.Certificates;
using Competition.Server.WageGuidance;
using Microsoft.AspNetCore.Identity;

namespace Competition.Server.Hosting;

/// <summary>
/// The platform's side of the demo seed: accounts with their configured passwords (<c>Seed:Demo…Password</c>)
/// or generated ones, certificates signed by the real registry, files read as their uploads are.
/// </summary>
internal sealed class DemoPlatform(CompetitionDbContext db, IServiceProvider services, IConfiguration configuration) : IDemoPlatform
{
    public Task<string?> EnsureAccountAsync(string username, DemoRole role, string? organization, CancellationToken cancellationToken) =>
        AdminAccount.EnsureAccountAsync(db, services.GetRequiredService<IPasswordHasher<AccountEntity>>(), username, RoleOf(role), organization,
            configuration[PasswordSetting(role)], services.GetRequiredService<TimeProvider>(), cancellationToken);

    public async Task<IReadOnlyList<string>> IssueCertificatesAsync(
        IReadOnlyList<long> assessmentIds, string organization, DateTimeOffset? on, CancellationToken cancellationToken)
    {
        var issued = await RegistryOn(on).IssueAsync(assessmentIds, Actors.Platform, organization, BaseUrl, cancellationToken);
        return issued.Value?.Select(c => c.Number).ToList() ?? throw new InvalidOperationException($"The demo certificates were refused: {issued.Error?.Message}");
    }

    public async Task RenewCertificateAsync(string number, string organization, DateTimeOffset? on, CancellationToken cancellationToken)
    {
        var renewed = await RegistryOn(on).RenewAsync(number, Actors.Platform, organization, BaseUrl, cancellationToken);
        if (renewed.Error is { } refused)
        {
            throw new InvalidOperationException($"The demo renewal was refused: {refused.Message}");
        }
    }

    public Task RevokeCertificateAsync(string number, string reason, string organization, DateTimeOffset? on, CancellationToken cancellationToken) =>
        RegistryOn(on).RevokeAsync(number, reason, Actors.Platform, organization, cancellationToken);

    private string BaseUrl => services.GetRequiredService<PublicAddress>().Base;

    /// <summary>The registry, or for a day in the past one whose clock stands at that day: the history's certificates are
    /// signed as issued then (the audit log still records when the demo wrote them).</summary>
    private CertificateRegistry RegistryOn(DateTimeOffset? on) => on is { } day
        ? ActivatorUtilities.CreateInstance<CertificateRegistry>(services, (TimeProvider)new StoppedClock(day))
        : services.GetRequiredService<CertificateRegistry>();

    private sealed class StoppedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
    }

    public Task ImportWageGuidanceAsync(byte[] file, CancellationToken cancellationToken) =>
        services.GetRequiredService<WageGuidanceImporter>().ImportAsync(file, Actors.Platform, cancellationToken);

    public IReadOnlyList<PayBand> ReadPaySheet(byte[] file) =>
        PayCsv.Read(file) is { Value: { } bands } ? bands : throw new InvalidOperationException("The demo pay sheet does not read.");

    /// <summary>The setting that chooses a demo account's password, and that the host names when it did not generate one.</summary>
    public static string PasswordSetting(DemoRole role) => role switch
    {
        DemoRole.Organizer => "Seed:DemoOrganizerPassword",
        DemoRole.HrOfficer => "Seed:DemoHrPassword",
        _ => "Seed:DemoNegotiatorPassword",
    };

    /// <summary>Where a demo account signs in.</summary>
    public static string PageOf(DemoRole role) => role switch
    {
        DemoRole.Organizer => "/organize",
        DemoRole.HrOfficer => "/hr",
        _ => "/bargaining",
    };

    private static string RoleOf(DemoRole role) => role switch
    {
        DemoRole.Organizer => Roles.Organizer,
        DemoRole.HrOfficer => Roles.HrOfficer,
        _ => Roles.Negotiator,
    };
}
