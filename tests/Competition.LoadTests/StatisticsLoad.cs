using System.Diagnostics;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Competitions;
using Competition.Domain.Organizations;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Testing;

namespace Competition.LoadTests;

/// <summary>
/// The federation's statistics over a city's five years: 120 competitions a year of 60 contestants each (with their
/// judges and stored results), 10,000 certificates from as many assessments, 300 wage agreements, under a federation
/// of district and enterprise unions; written straight into the database, then the year's statistics asked for again
/// and again through the API (the JSON, the workbook, one drill-down list), on SQLite and, when its server is
/// configured, on PostgreSQL.
/// </summary>
public sealed partial class LoadRun
{
    /// <summary>The issue's target: the year's statistics answer within a second on this machine.</summary>
    private const double StatisticsSeconds = 1.0;

    private const int StatisticsYears = 5;
    private const int FirstStatisticsYear = 2021;

    private async Task StatisticsAsync(int competitionsPerYear, int contestants, int certificates, int agreements)
    {
        var providers = Environment.GetEnvironmentVariable("COMPETITION_TEST_POSTGRES") is null
            ? [DatabaseProvider.Sqlite]
            : new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };
        foreach (var provider in providers)
        {
            var database = TestDatabase.New(provider);
            await using var server = await StartServerAsync(database);
            var client = new PlatformClient(new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) });
            var admin = await client.OrganizerTokenAsync();
            var clock = Stopwatch.StartNew();
            var written = await WriteHistoryAsync(database, competitionsPerYear, contestants, certificates, agreements);
            var writeSeconds = clock.Elapsed.TotalSeconds;
            var year = FirstStatisticsYear + StatisticsYears - 1;
            var query = $"from={year}-01-01&to={year}-12-31";
            var rounds = quick ? 5 : 20;
            var json = await TimeAsync($"/api/statistics?{query}");
            var workbook = await TimeAsync($"/api/statistics.xlsx?{query}");
            var list = await TimeAsync($"/api/statistics/lists/participations?{query}");
            output.WriteLine($"Statistics on {provider}: {written} written in {writeSeconds:0.0} s; the federation's {year} against {year - 1}, {rounds} times each:");
            output.WriteLine($"  JSON                : {json}");
            output.WriteLine($"  .xlsx               : {workbook}");
            output.WriteLine($"  participations list : {list}");
            output.WriteLine($"  server              : {server.ResidentMiB():0} MiB resident");
            Verdict($"statistics over {StatisticsYears} years of {competitionsPerYear} competitions of {contestants}, {certificates:N0} certificates, {agreements} agreements " +
                $"on {provider}: p99 {json.P99:0} ms (< {StatisticsSeconds * 1000:N0} ms)", json.P99 < StatisticsSeconds * 1000);

            async Task<Latencies> TimeAsync(string path)
            {
                (await client.SendAsync(HttpMethod.Get, path, null, admin)).EnsureSuccessStatusCode(); // The first compiles the queries.
                var latencies = new Latencies();
                for (var i = 0; i < rounds; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.SendAsync(HttpMethod.Get, path, null, admin);
                    await response.Content.ReadAsByteArrayAsync();
                    response.EnsureSuccessStatusCode();
                    latencies.Add(started, Stopwatch.GetTimestamp());
                }
                return latencies;
            }
        }
    }

    /// <summary>The history, written as rows: what the platform would have stored over the years.</summary>
    private static async Task<string> WriteHistoryAsync(TestDatabase database, int competitionsPerYear, int contestants, int certificates, int agreements)
    {
        var random = new Random(20);
        var at = (DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        await using var db = database.Contexts().CreateDbContext();
        var federation = db.Organizations.Single(o => o.ParentId == null);
        var districts = Enumerable.Range(1, 6).Select(i => new OrganizationEntity
        {
            Name = $"统计负载区{i}总工会", Kind = OrganizationKind.DistrictUnion, ParentId = federation.Id, CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.Organizations.AddRange(districts);
        await db.SaveChangesAsync();
        var enterprises = districts.SelectMany(d => Enumerable.Range(1, 4).Select(i => new OrganizationEntity
        {
            Name = $"{d.Name[..^3]}企业{i}工会", Kind = OrganizationKind.EnterpriseUnion, ParentId = d.Id, CreatedAt = DateTimeOffset.UtcNow,
        })).ToList();
        db.Organizations.AddRange(enterprises);
        await db.SaveChangesAsync();
        var hosts = new[] { federation }.Concat(districts).Concat(enterprises).ToList();

        // Workers come back: a pool a third the size of the participations.
        var workers = Enumerable.Range(0, competitionsPerYear * contestants * StatisticsYears / 3).Select(i => new WorkerEntity
        {
            Name = $"职工{i}", Employer = $"单位{i % 300}", NationalIdHash = $"statistics-load-{i}", NationalIdMasked = "4213**********0000", CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.Workers.AddRange(workers);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var awards = new[] { Award.Gold, Award.Silver, Award.Bronze, Award.Excellence };
        for (var year = FirstStatisticsYear; year < FirstStatisticsYear + StatisticsYears; year++)
        {
            for (var n = 0; n < competitionsPerYear; n++)
            {
                var host = hosts[random.Next(hosts.Count)];
                var day = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
                db.Competitions.Add(new CompetitionEntity
                {
                    Name = $"{year} 统计负载竞赛 {n:000}", Occupation = "6-18-02-04 焊工", Status = CompetitionStatus.Archived,
                    CreatedAt = at(day.AddDays(-30)), StartedAt = at(day), HostOrganizationId = host.Id,
                    Level = (CompetitionLevel)random.Next(4), Industry = $"行业{random.Next(8)}", District = $"区{random.Next(6)}",
                    StartsOn = day, EndsOn = day.AddDays(1),
                    Contestants = Enumerable.Range(0, contestants).Select(i =>
                    {
                        var worker = workers[random.Next(workers.Count)];
                        return new ContestantEntity
                        {
                            Bib = $"{i + 1:000}", Name = worker.Name, Employer = worker.Employer, WorkerId = worker.Id, FinalRank = i + 1,
                            Award = i < awards.Length ? awards[i] : null, Title = i == 0 ? "技术能手" : null,
                            Withdrawal = i == contestants - 1 ? Withdrawal.NoShow : null,
                        };
                    }).ToList(),
                    Judges = Enumerable.Range(0, 3).Select(j => new JudgeEntity { Name = $"裁判{random.Next(200)}", Employer = "职业技术学院", PinHash = "", IsChief = j == 0 }).ToList(),
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        // One assessment per certificate, decided over the five years, a few revoked.
        var levels = Enum.GetValues<SkillLevel>();
        for (var batch = 0; batch < certificates; batch += 1_000)
        {
            var assessments = Enumerable.Range(batch, Math.Min(1_000, certificates - batch)).Select(i =>
            {
                var day = new DateOnly(FirstStatisticsYear + i % StatisticsYears, 1 + i % 12, 1 + i % 28);
                return new AssessmentEntity
                {
                    WorkerId = workers[i % workers.Count].Id, Organization = federation.Name, OccupationCode = "6-18-02-04", OccupationEdition = "2022",
                    OccupationName = "焊工", TargetLevel = levels[i % levels.Length], Route = (AssessmentRoute)(i % 2), Status = AssessmentStatus.Passed,
                    RecordedBy = "platform", CreatedAt = at(day), DecidedBy = "platform", DecidedAt = at(day),
                };
            }).ToList();
            db.Assessments.AddRange(assessments);
            await db.SaveChangesAsync();
            db.Certificates.AddRange(assessments.Select((a, i) => new CertificateEntity
            {
                Number = $"BENCH-{batch + i:000000}", AssessmentId = a.Id, IssueNumber = 1, WorkerId = a.WorkerId, Organization = a.Organization,
                Level = a.TargetLevel, OccupationCode = a.OccupationCode, OccupationEdition = a.OccupationEdition, OccupationName = a.OccupationName,
                IssuedAt = a.DecidedAt!.Value, ValidFrom = a.DecidedAt!.Value, IssuedBy = "platform", StatusListIndex = batch + i,
                VerificationToken = $"bench-token-{batch + i}", Credential = "{}", KeyId = "bench",
                RevokedAt = (batch + i) % 200 == 0 ? a.DecidedAt!.Value.AddDays(90) : null,
                StatusChanges = (batch + i) % 200 == 0
                    ? [new CertificateStatusChangeEntity { Change = StatusChange.Revoked, Reason = "负载测试", Actor = "platform", At = a.DecidedAt!.Value.AddDays(90) }]
                    : [],
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var recorders = new[] { federation }.Concat(districts).ToList();
        db.Agreements.AddRange(Enumerable.Range(0, agreements).Select(i =>
        {
            var year = FirstStatisticsYear + i % StatisticsYears;
            var signed = at(new DateOnly(year, 1 + i % 12, 1 + i % 28));
            return new AgreementEntity
            {
                Name = $"统计负载协议 {i}", Scope = i % 10 == 0 ? AgreementScope.Industry : AgreementScope.Enterprise, Party = $"单位{i % 300}", Region = "随州市",
                TermStart = new DateOnly(year + 1, 1, 1), TermEnd = new DateOnly(year + 2, 12, 31), StatutoryMinimumMonthly = 2_210m, MinimumRaise = 0.10m,
                Step = StepKind.Percentage, StepValue = 0.08m, Allowances = [], CompetitionBonuses = [], Status = AgreementStatus.Signed,
                SignedAt = signed, SignedBy = "platform", CreatedBy = "platform", CreatedAt = signed, OrganizationId = recorders[i % recorders.Count].Id,
                WorkersCovered = 100 + i,
            };
        }));
        await db.SaveChangesAsync();
        return $"{competitionsPerYear * StatisticsYears:N0} competitions, {competitionsPerYear * StatisticsYears * contestants:N0} contestants, " +
            $"{workers.Count:N0} workers, {certificates:N0} certificates, {agreements} agreements, {hosts.Count} organisations";
    }
}
