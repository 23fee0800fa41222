using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Ledger;
using Competition.Seed;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Competition.Server.Organizations;
using Competition.Server.WageGuidance;
using Competition.Server.Workers;
using Microsoft.AspNetCore.Identity;

namespace Competition.Server.Hosting;

/// <summary>
/// Runs before the host starts: migrates the database, makes sure the admin account and the token key
/// exist, and seeds the demo competitions into an empty database (<c>Seed:Demo</c>, on by default).
/// </summary>
public static class PlatformInitializer
{
    /// <summary>The federation a new registry starts with, unless <c>Platform:Federation</c> names another.</summary>
    public const string DefaultFederation = "随州市总工会";

    public const string DemoOrganizerUsername = "zengdu";
    public const string DemoOrganizerOrganization = "曾都区总工会";

    public static async Task InitializePlatformAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var services = app.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Competition.Startup");
        var factory = services.GetRequiredService<CompetitionDbContextFactory>();
        var time = services.GetRequiredService<TimeProvider>();
        await factory.MigrateAsync(cancellationToken);
        await services.GetRequiredService<SigningKeys>().LoadAsync(cancellationToken);
        await services.GetRequiredService<NationalIdHasher>().LoadAsync(cancellationToken);
        // The credential signing key exists from the first start on, so the JWKS is never empty.
        await services.GetRequiredService<CredentialKeys>().SignerAsync(cancellationToken);

        await using var db = factory.CreateDbContext();
        await OrganizationDirectory.EnsureFederationAsync(db, app.Configuration["Platform:Federation"] is { Length: > 0 } federation ? federation : DefaultFederation,
            time, cancellationToken);
        var generated = await AdminAccount.EnsureAsync(db, services.GetRequiredService<IPasswordHasher<AccountEntity>>(),
            app.Configuration["Admin:Password"], time, cancellationToken);
        if (generated is not null)
        {
            logger.LogWarning("Created the administrator account '{Username}' with the generated password {Password} — it is shown only this once. " +
                "Set Admin:Password (environment Admin__Password) before the first start to choose it.", AdminAccount.Username, generated);
        }

        if (app.Configuration.GetValue("Seed:Demo", true))
        {
            var configuredPin = app.Configuration["Seed:DemoJudgePin"];
            var pin = configuredPin is { Length: > 0 } ? configuredPin : JudgePins.Generate();
            var pinHasher = services.GetRequiredService<IPasswordHasher<JudgeEntity>>();
            var nationalIds = services.GetRequiredService<NationalIdHasher>();
            if (await DemoSeeder.SeedIfEmptyAsync(db, pin, pinHasher.HashPassword, nationalIds.Hash, time,
                    services.GetRequiredService<PlatformCalendar>().Today(), cancellationToken))
            {
                logger.LogWarning("Seeded the demo competitions. Every demo judge signs in with PIN {Pin}" +
                    (configuredPin is null ? " — shown only this once (set Seed:DemoJudgePin to choose it)." : "."), pin);
                // A district's competition office, to show an organizer's scope next to the administrator's.
                var organizerPassword = await AdminAccount.EnsureAccountAsync(db, services.GetRequiredService<IPasswordHasher<AccountEntity>>(),
                    DemoOrganizerUsername, Roles.Organizer, DemoOrganizerOrganization, app.Configuration["Seed:DemoOrganizerPassword"], time, cancellationToken);
                logger.LogWarning("The demo organizer '{Username}' of {Organization} signs in at /organize with {Password}.",
                    DemoOrganizerUsername, DemoOrganizerOrganization, organizerPassword ?? "Seed:DemoOrganizerPassword");
                var hrPassword = await DemoCertificates.IssueAsync(services, app.Configuration, cancellationToken);
                logger.LogWarning("Seeded demo certificates. The demo HR officer '{Username}' signs in at /hr with {Password}.",
                    DemoCertificates.HrUsername, hrPassword ?? "Seed:DemoHrPassword");
                // Synthetic guidance for the demo industries, imported as a negotiator would import a published table.
                var guidance = await File.ReadAllBytesAsync(DemoFiles.PathOf("demo-wage-guidance.csv"), cancellationToken);
                await services.GetRequiredService<WageGuidanceImporter>().ImportAsync(guidance, Actors.Platform, cancellationToken);
                var negotiatorPassword = await DemoBargaining.SeedAsync(services, app.Configuration, cancellationToken);
                logger.LogWarning("Seeded demo agreements and an enterprise's pay. The demo negotiator '{Username}' signs in at /bargaining with {Password}.",
                    DemoBargaining.NegotiatorUsername, negotiatorPassword ?? "Seed:DemoNegotiatorPassword");
            }
        }
    }

    /// <summary>Prints where the platform listens once the server is up.</summary>
    public static void AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Competition.Startup");
            foreach (var url in app.Urls)
            {
                logger.LogInformation("Competition platform ready at {Url}: competitions {Url}/, the competition office {Url}/organize, judges {Url}/judge, " +
                    "HR {Url}/hr, bargaining {Url}/bargaining, API reference {Url}/scalar. " +
                    "The administrator signs in as '{Username}' with Admin:Password or the password printed at the first start; " +
                    "judges sign in at /judge with their competition PIN.", url, url, url, url, url, url, url, AdminAccount.Username);
            }
        });
    }
}
