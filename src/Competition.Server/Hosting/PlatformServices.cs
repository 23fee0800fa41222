using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Competition.Grains;
using Competition.Server.Accounts;
using Competition.Server.Agreements;
using Competition.Server.Statistics;
using Competition.Server.Assessments;
using Competition.Server.Audit;
using Competition.Server.Backups;
using Competition.Server.Auth;
using Competition.Server.Bargaining;
using Competition.Server.Benchmarking;
using Competition.Server.Certificates;
using Competition.Server.Cluster;
using Competition.Server.CompetitionDay;
using Competition.Server.Competitions;
using Competition.Server.Hubs;
using Competition.Server.Jury;
using Competition.Server.Marking;
using Competition.Server.Organizations;
using Competition.Server.Problems;
using Competition.Server.Promotions;
using Competition.Server.Rankings;
using Competition.Server.Registration;
using Competition.Server.Security;
using Competition.Server.Sheets;
using Competition.Server.Templates;
using Competition.Server.WageGuidance;
using Competition.Server.Workers;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Scalar.AspNetCore;

namespace Competition.Server.Hosting;

/// <summary>Wires the host: database, silo, auth, validation, problems, OpenAPI, SignalR and pages.</summary>
public static class PlatformServices
{
    public static WebApplicationBuilder AddCompetitionPlatform(this WebApplicationBuilder builder)
    {
        // Run from a build rather than a publish, the static files (and their compressed copies) are found
        // through the build's manifest, in every environment; a published host has them in its wwwroot.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddCompetitionDatabase(builder.Configuration.DatabaseOptions(), builder.Environment.ContentRootPath);
        services.AddHostedService<WalCheckpoints>();
        services.AddCompetitionGrainServices();
        builder.AddCompetitionSilo();

        services.AddSingleton<IPasswordHasher<AccountEntity>, PasswordHasher<AccountEntity>>();
        services.AddSingleton<PasswordCheck>();
        services.AddHostedService<SignInAttemptSweep>();
        services.AddSingleton<SealedSecrets>();
        services.AddSingleton<SigningKeys>();
        // Data Protection seals the stored token key. Several hosts must share its keys: set
        // DataProtection:KeysPath to a folder they all reach (one machine shares the default folder).
        var dataProtection = services.AddDataProtection().SetApplicationName("competition-platform");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<Sessions>();
        services.AddSingleton<AdminAuditLog>();
        services.AddSingleton<BackupFolder>();
        services.AddSingleton<OrganizationDirectory>();
        services.AddSingleton<CompetitionScopes>();
        services.AddSingleton<RegistrationImporter>();
        services.AddSingleton(sp => new PlatformCalendar(sp.GetRequiredService<TimeProvider>(),
            PlatformCalendar.ZoneOf(builder.Configuration["Platform:TimeZone"])));
        services.AddMemoryCache();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKeys, TimeProvider>((options, keys, time) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.ValidIssuer = TokenIssuer.Issuer;
            options.TokenValidationParameters.ValidAudience = TokenIssuer.Audience;
            options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
            options.TokenValidationParameters.NameClaimType = JwtRegisteredClaimNames.Name;
            // Resolved per request: the key is loaded from the database after the options are built.
            options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [keys.Current];
            // Lifetimes on the platform's own clock, the one that issued the tokens.
            options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now + parameters.ClockSkew) && (expires is null || now < expires + parameters.ClockSkew);
            };
            // Browsers cannot put headers on a WebSocket: hubs take the token from the query string.
            options.Events = new JwtBearerEvents
            {
                // A token issued before its subject signed out is refused.
                OnTokenValidated = async context =>
                {
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<Sessions>();
                    if (context.Principal is { } user && await sessions.IsSignedOutAsync(user.Actor(), user.IssuedAt()))
                    {
                        context.Fail("Signed out.");
                    }
                },
                OnMessageReceived = context =>
                {
                    if (context.HttpContext.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                    {
                        context.Token = token;
                    }
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Organizer, p => p.RequireRole(Roles.Organizer))
            .AddPolicy(Roles.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Roles.Account, p => p.RequireRole(Roles.AccountRoles))
            .AddPolicy(Roles.Judge, p => p.RequireRole(Roles.Judge))
            .AddPolicy(Roles.HrOfficer, p => p.RequireRole(Roles.HrOfficer))
            .AddPolicy(Roles.ChiefJudge, p => p.RequireRole(Roles.ChiefJudge))
            .AddPolicy(Roles.Jury, p => p.RequireRole(Roles.Organizer, Roles.ChiefJudge));

        // Singletons: a validator is stateless, and building one compiles its rules (a dynamic method each), which per
        // request cost a mark a fifth of its CPU in garbage and finalizers (docs/performance.md, ingest).
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        // Validation messages in the language the page asks for (Accept-Language): Chinese or English.
        // Only the UI culture follows it; numbers and dates in answers stay culture-invariant.
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo("en"));
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = [new CultureInfo("en"), new CultureInfo("zh-CN")];
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.AddCode);
        services.AddExceptionHandler<ExceptionProblems>();
        // Unreadable bodies throw, so the handler above answers them with a problem in every environment.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        services.AddSingleton<StartupWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        services.AddSingleton<StoredResults>();
        services.AddHostedService(sp => sp.GetRequiredService<StoredResults>());
        services.AddSingleton<DemoHistorySeeding>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoHistorySeeding>());
        services.AddHealthChecks().AddCheck<PlatformHealth>("platform");
        RateLimits.AddPlatformRateLimits(services, builder.Configuration);
        // A whole competition of 10,000 contestants fits well inside; anything larger is refused with 413.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.AddOpenApi(OpenApiDocumentation.Describe);
        AddCertification(services, builder.Configuration);
        services.AddSingleton<CompetitionBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<CompetitionBroadcaster>());
        services.AddSingleton<HubSessions>();
        services.AddSingleton(new OwnerNotices(Console.Out));
        services.AddSingleton<FingerprintedPages>();
        services.AddHostedService(sp => sp.GetRequiredService<HubSessions>());
        // JSON for browsers; MessagePack for clients that want smaller, faster messages.
        services.AddSignalR().AddJsonProtocol(o => ConfigureJson(o.PayloadSerializerOptions)).AddMessagePackProtocol();
        return builder;
    }

    public const long MaxRequestBytes = 4 * 1024 * 1024;

    private static void AddCertification(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateOptions>().Bind(configuration.GetSection(CertificateOptions.Section))
            .Validate(o => CertificateNumbers.IsValidScheme(o.Scheme), "Certificates: OrganisationCode is 4 digits, ProvinceCode 2, SiteCode 6.")
            .ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        // With a public address configured, requests for any other host are refused (unless AllowedHosts names them).
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<CertificateOptions>>((hosts, certificates) =>
        {
            if (hosts.AllowedHosts is [] or ["*"] && Uri.TryCreate(certificates.Value.PublicUrl, UriKind.Absolute, out var address))
            {
                hosts.AllowedHosts = [address.Host];
            }
        });
        services.AddSingleton<NationalIdHasher>();
        services.AddSingleton<WorkerDirectory>();
        services.AddSingleton<CredentialKeys>();
        services.AddSingleton<CertificateRegistry>();
        services.AddSingleton<CertificateVerifier>();
        services.AddSingleton<CertificateDisclosure>();
        services.AddSingleton<StatusLists>();
        services.AddSingleton<PromotionDrafter>();
        services.AddSingleton<WageGuidanceImporter>();
        services.AddSingleton<CertifiedWageGuidance>();
        services.AddSingleton<AgreementBook>();
        services.AddSingleton<FederationStatistics>();
        services.AddSingleton<AssessmentDecisions>();
    }

    public static WebApplication MapCompetitionPlatform(this WebApplication app)
    {
        // Behind the TLS proxy a venue runs: the client's address (for rate limits) and scheme (for HSTS)
        // are taken from X-Forwarded-For/-Proto, from the proxies trusted (this machine, and Proxy:KnownProxies).
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in (app.Configuration["Proxy:KnownProxies"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
        app.UseForwardedHeaders(forwarded);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseRequestLocalization();
        app.UseStatusCodePages();
        // What the build did not catalogue (a file added to wwwroot after it) is still served as it is.
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        // Every file of wwwroot as the build catalogued it: compressed (Brotli, gzip) ahead of time, with an
        // ETag, and under a fingerprinted name too that is cached for good (see docs/performance.md).
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapPlatformApi();
        app.MapClusterApi();
        app.MapBackupsApi();
        app.MapAuthApi();
        app.MapCompetitionsApi();
        app.MapMarksApi();
        app.MapJuryApi();
        app.MapCorrectionsApi();
        app.MapResultsApi();
        app.MapAuditApi();
        app.MapAccountsApi();
        app.MapOrganizationsApi();
        app.MapSheetsApi();
        app.MapRegistrationApi();
        app.MapCompetitionDayApi();
        app.MapTemplatesApi();
        app.MapWorkersApi();
        app.MapAssessmentsApi();
        app.MapPromotionsApi();
        app.MapCertificatesApi();
        app.MapWageGuidanceApi();
        app.MapAgreementsApi();
        app.MapStatisticsApi();
        app.MapBargainingApi();
        app.MapHub<LeaderboardHub>(LeaderboardHub.Path);
        app.MapHub<JuryHub>(JuryHub.Path);
        if (app.Configuration.GetValue("Benchmark:Enabled", false))
        {
            app.MapBroadcastFloor();
        }

        // The pages at their paths, referring to fingerprinted scripts and styles; every file of wwwroot
        // (the pages' own .html files too) is also served as it is.
        var pages = new Dictionary<string, string>
        {
            ["/"] = "index.html", ["/board/{id:long}"] = "board.html", ["/judge"] = "judge.html", ["/chief"] = "chief.html",
            ["/venue"] = "venue.html", ["/results/{id:long}"] = "results.html", ["/verify"] = "verify.html", ["/verify/{number}"] = "verify.html",
            ["/certificates/{number}/print"] = "certificate.html", ["/hr"] = "hr.html", ["/bargaining"] = "bargaining.html",
            ["/organize"] = "organize.html", ["/checkin"] = "checkin.html", ["/reports"] = "reports.html",
        };
        app.Services.GetRequiredService<FingerprintedPages>().Map(app, pages);
        return app;
    }

    /// <summary>The API's and the hub's JSON: camelCase names, enums as camelCase strings.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
