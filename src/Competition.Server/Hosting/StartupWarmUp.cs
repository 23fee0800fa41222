using Competition.Data;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Grains.Contracts;
using Competition.Server.Certificates;
using Competition.Server.Sheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Hosting;

/// <summary>
/// Right after a start or a restart, before the host reports ready: loads every running competition
/// (its definition and ledger) and asks each public read of the API once, over loopback, with ids of this
/// database. The first judge or phone then finds the competition loaded and the code of every public read
/// compiled (the JIT's tiers, EF's query compilation, the serializers' first use); measured, that first
/// read took 300 ms instead of 5 (docs/performance.md, a fresh server). A host that cannot be reached over
/// HTTP (the in-memory test server) has nothing to ask. Whatever fails or takes longer than
/// <see cref="Limit"/> is left to the first visitor: the warm-up never keeps a host from serving.
/// </summary>
public sealed class StartupWarmUp(
    IServer server, EndpointDataSource endpoints, IGrainFactory grains, IDbContextFactory<CompetitionDbContext> contexts,
    IHostApplicationLifetime lifetime, ILogger<StartupWarmUp> logger) : BackgroundService
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>The competitions whose judges and audiences come back after a restart.</summary>
    private static readonly CompetitionStatus[] Running = [CompetitionStatus.Live, CompetitionStatus.ResultsLocked];

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the warm-up finished, gave up, or found nothing to do.</summary>
    public bool IsDone => _done.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsDone"/>: what background work that must not slow a start waits for.</summary>
    public Task Done => _done.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        limit.CancelAfter(Limit);
        await logger.RunInBackgroundAsync(() => WarmUpAsync(limit.Token),
            "The start-up warm-up stopped early; the first requests will compile what it did not reach.", stoppingToken);
        _done.TrySetResult();
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // The silo is up before this service starts (it was added first), so the running competitions load
        // while the web server is still starting; each grain loads its own ledger, side by side.
        var samples = await SamplesAsync(cancellationToken);
        await Task.WhenAll(samples.Running.Select(id => grains.Competition(id).GetViewAsync()));
        await lifetime.WhenStartedAsync(cancellationToken);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        if (address is null)
        {
            return;
        }
        using var http = new HttpClient { BaseAddress = new Uri(PublicAddress.Reachable(address)) };
        var reads = PublicReads(samples.RouteValues).ToList();
        // Two at a time: the compilation they cause keeps both cores of a small venue server busy.
        await Parallel.ForEachAsync(reads, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (path, token) => (await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, token)).Dispose());
        logger.LogInformation("Warmed up in {Milliseconds} ms: {Competitions} running competitions loaded, {Reads} public reads asked once.",
            clock.ElapsedMilliseconds, samples.Running.Count, reads.Count);
    }

    /// <summary>Every anonymous GET route of the API whose parameters this database has a value for.</summary>
    private IEnumerable<string> PublicReads(IReadOnlyDictionary<string, string> values)
    {
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var isApi = pattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/.well-known/", StringComparison.Ordinal));
            var isGet = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true;
            var isPublic = endpoint.Metadata.GetMetadata<IAuthorizeData>() is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (isApi && isGet && isPublic && pattern.Parameters.All(p => values.ContainsKey(p.Name)))
            {
                yield return string.Concat(pattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(values[parameter.Name]),
                    _ => "",
                }))));
            }
        }
    }

    private sealed record Samples(IReadOnlyList<long> Running, IReadOnlyDictionary<string, string> RouteValues);

    /// <summary>The running competitions, and a value for each route parameter the public reads take:
    /// the newest running competition (else the newest one) with its first contestant and host, the newest
    /// certificate, the first status list and the contestants' sheet.</summary>
    private async Task<Samples> SamplesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var running = await db.Competitions.Where(c => Running.Contains(c.Status)).OrderByDescending(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var values = new Dictionary<string, string>
        {
            ["purpose"] = CertificateStatusCodes.Purpose,
            ["list"] = "0",
            ["kind"] = RegistrationSheets.Contestants,
        };
        var sample = await db.Competitions.OrderByDescending(c => Running.Contains(c.Status)).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.HostOrganizationId, Contestant = c.Contestants.OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (sample is not null)
        {
            values["id"] = sample.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(values, "contestantId", sample.Contestant);
            Add(values, "organizationId", sample.HostOrganizationId);
        }
        if (await db.Certificates.OrderByDescending(c => c.Id).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken) is { } number)
        {
            values["number"] = number;
        }
        return new Samples(running, values);
    }

    private static void Add(Dictionary<string, string> values, string name, long? value)
    {
        if (value is { } known)
        {
            values[name] = known.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
