using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Marking;
using Competition.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Competition.UnitTests.Grains;

/// <summary>
/// The grains alone, in an Orleans test cluster (two silos, so a call may cross between them) over a real
/// SQLite file, without the HTTP host: what the competition grain promises as the single writer.
/// </summary>
public sealed class CompetitionCluster : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "competition-tests", $"grains-{Guid.NewGuid():N}.db");
    private InProcessTestCluster _cluster = null!;

    public CompetitionDbContextFactory Contexts { get; private set; } = null!;

    public IGrainFactory Grains => _cluster.Client;

    public InProcessTestCluster Cluster => _cluster;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var database = new DatabaseOptions { ConnectionString = $"Data Source={_path}" };
        Contexts = new CompetitionDbContextFactory(database, Path.GetTempPath());
        await Contexts.MigrateAsync(CancellationToken.None);
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) => host.Services
            .AddCompetitionDatabase(database, Path.GetTempPath())
            .AddCompetitionGrainServices());
        builder.ConfigureClientHost(host => host.Services.AddCompetitionGrainServices());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>A started competition of one graded aspect (0–10) in one module, some contestants and three judges.</summary>
    public async Task<CompetitionEntity> StartedCompetitionAsync(int contestants)
    {
        var competition = new CompetitionEntity
        {
            Name = "单一写入者测试",
            Occupation = "6-18-02-04 焊工",
            Status = CompetitionStatus.Draft,
            Modules = [new ModuleEntity { Name = "实操", Weight = 1m, Aspects = [new AspectEntity { Name = "现场整理", Kind = AspectKind.Graded, MaxMark = 10m }] }],
            Contestants = Enumerable.Range(1, contestants).Select(i => new ContestantEntity { Bib = $"{i:000}", Name = $"选手{i}", Employer = "齐星车身" }).ToList(),
            Judges = new[] { "陈静", "王强", "李娜" }.Select(name => new JudgeEntity { Name = name, Employer = "市特种设备检验所", PinHash = "-" }).ToList(),
        };
        await using (var db = Contexts.CreateDbContext())
        {
            db.Competitions.Add(competition);
            await db.SaveChangesAsync();
        }
        var started = await Grains.GetGrain<Competition.Grains.Contracts.ICompetitionGrain>(competition.Id).StartAsync("account:1");
        Assert.Null(started.Error);
        return competition;
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        File.Delete(_path);
    }
}
