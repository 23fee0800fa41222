using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Ledger;
using Competition.Seed;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Competition.Server.Organizations;
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

    public static async Task InitializePlatformAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var services = app.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Competition.Startup");
        var factory = services.GetRequiredService<CompetitionDbContextFactory>();
        var time = services.GetRequiredService<TimeProvider>();
        await factory.MigrateAsync(cancellationToken);
        // Hosts that start together on an empty database race for the same first rows: the loser starts the
        // round again, and every step reads what exists before it creates anything, so it takes theirs.
        await factory.RetryOnRaceAsync(db => EnsureFirstRowsAsync(app, db, time, logger, cancellationToken), cancellationToken);
    }

    /// <returns>True, once every first row exists.</returns>
    private static async Task<bool> EnsureFirstRowsAsync(
        WebApplication app, CompetitionDbContext db, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var services = app.Services;
        await services.GetRequiredService<SigningKeys>().LoadAsync(cancellationToken);
        await services.GetRequiredService<NationalIdHasher>().LoadAsync(cancellationToken);
        // The credential signing key exists from the first start on, so the JWKS is never empty.
        await services.GetRequiredService<CredentialKeys>().SignerAsync(cancellationToken);

        await OrganizationDirectory.EnsureFederationAsync(db, app.Configuration["Platform:Federation"] is { Length: > 0 } federation ? federation : DefaultFederation,
            time, cancellationToken);
        var generated = await AdminAccount.EnsureAsync(db, services.GetRequiredService<IPasswordHasher<AccountEntity>>(),
            app.Configuration["Admin:Password"], time, cancellationToken);
        var owner = services.GetRequiredService<OwnerNotices>();
        if (generated is not null)
        {
            owner.Tell($"Created the administrator account '{AdminAccount.Username}' with the generated password {generated} — it is shown only this once. " +
                "Set Admin:Password (environment Admin__Password) before the first start to choose it.");
            logger.LogWarning("Created the administrator account '{Username}' with a generated password, shown once on the console.", AdminAccount.Username);
        }

        if (app.Configuration.GetValue("Seed:Demo", true))
        {
            var configuredPin = app.Configuration["Seed:DemoJudgePin"];
            var pin = configuredPin is { Length: > 0 } ? configuredPin : JudgePins.Generate();
            var pinHasher = services.GetRequiredService<IPasswordHasher<JudgeEntity>>();
            var nationalIds = services.GetRequiredService<NationalIdHasher>();
            var accounts = await DemoSeeder.SeedAllAsync(db, new DemoPlatform(db, services, app.Configuration), pin, pinHasher.HashPassword,
                nationalIds.Hash, time, services.GetRequiredService<PlatformCalendar>().Today(), cancellationToken);
            if (accounts is not null)
            {
                services.GetRequiredService<DemoHistorySeeding>().Request();
                logger.LogWarning("Seeded the demo competitions; their judges' PIN and the demo accounts' passwords are shown once on the console.");
                owner.Tell(pin == configuredPin
                    ? "Seeded the demo competitions. Every demo judge signs in with the PIN Seed:DemoJudgePin gives."
                    : $"Seeded the demo competitions. Every demo judge signs in with PIN {pin} — shown only this once (set Seed:DemoJudgePin to choose it).");
                foreach (var account in accounts)
                {
                    owner.Tell($"The demo {account.Role} '{account.Username}' of {account.Organization ?? "the federation"} signs in at " +
                        $"{DemoPlatform.PageOf(account.Role)} with {account.GeneratedPassword ?? DemoPlatform.PasswordSetting(account.Role)}.");
                }
            }
        }
        return true;
    }

    /// <summary>Prints where the platform listens once the server is up.</summary>
    public static void AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Competition.Startup");
            app.Services.GetRequiredService<PublicAddress>().WarnIfUnset(logger);
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
