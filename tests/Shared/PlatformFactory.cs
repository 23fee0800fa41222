using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Testing;

/// <summary>
/// The real host on Kestrel (a loopback port of its own), with a real database of its own (SQLite, or
/// PostgreSQL in the run on it: <see cref="TestDatabase"/>) and a real co-hosted Orleans silo on free
/// ports. Two factories given the same database act as one platform restarted.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public const string DemoJudgePin = "24681012";

    private readonly bool _seedDemo;
    private readonly int? _primarySiloPort;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider? _time;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="joining">Another host whose cluster this one joins (same database, same cluster).</param>
    /// <param name="settings">Configuration to override, e.g. tighter rate limits for the test of them.</param>
    /// <param name="time">The platform's clock, for tests that need time to pass (certificates expiring).</param>
    /// <param name="services">Services to add or replace, e.g. where the host's logs and console notices go.</param>
    public PlatformFactory(TestDatabase? database = null, bool seedDemo = false, PlatformFactory? joining = null,
        IReadOnlyDictionary<string, string>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string>();
        _time = time;
        Database = joining?.Database ?? database ?? TestDatabase.New();
        ClusterId = joining?.ClusterId ?? $"test-{Guid.NewGuid():N}";
        _primarySiloPort = joining?.SiloPort;
        _seedDemo = seedDemo;
        // A port known before the host starts, as a venue's is: what the demo seed signs into credentials
        // before the server listens is the address it then answers on.
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, HttpPort));
    }

    /// <summary>The loopback port the host listens on.</summary>
    public int HttpPort { get; } = ServerProcess.FreePort();

    public TestDatabase Database { get; }

    public string ClusterId { get; }

    public int SiloPort { get; } = ServerProcess.FreePort();

    /// <summary>Where this host keeps its backups: a folder of its own, never the repository's App_Data.</summary>
    public string BackupFolder { get; } = Path.Combine(Path.GetTempPath(), "competition-tests", $"backups-{Guid.NewGuid():N}");

    /// <summary>The server's real address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", $"http://127.0.0.1:{HttpPort}");
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Orleans:SiloPort", SiloPort.ToString());
        builder.UseSetting("Orleans:GatewayPort", ServerProcess.FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", ClusterId);
        if (_primarySiloPort is { } primary)
        {
            builder.UseSetting("Orleans:PrimarySiloPort", primary.ToString());
        }
        builder.UseSetting("Backup:Folder", BackupFolder);
        builder.UseSetting("Admin:Password", PlatformClient.AdminPassword);
        builder.UseSetting("Seed:Demo", _seedDemo ? "true" : "false");
        // The demo's years of synthetic history only where a test asks for them (settings): they are seconds of background writes.
        builder.UseSetting("Seed:DemoHistory", "false");
        builder.UseSetting("Seed:DemoJudgePin", DemoJudgePin);
        builder.UseSetting("Seed:DemoHrPassword", PlatformClient.AdminPassword);
        builder.UseSetting("Seed:DemoNegotiatorPassword", PlatformClient.AdminPassword);
        builder.UseSetting("Seed:DemoOrganizerPassword", PlatformClient.AdminPassword);
        // Every test signs in from 127.0.0.1: limits that would throttle a suite are lifted unless a test sets them.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicPerTenSeconds", "100000");
        builder.UseSetting("RateLimits:MarksBurst", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
        if (_services is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }
}
