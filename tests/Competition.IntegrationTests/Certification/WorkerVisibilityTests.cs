using System.Net;
using System.Net.Http.Json;
using Competition.Server.Assessments;
using Competition.Server.Workers;
using Competition.Testing;

namespace Competition.IntegrationTests.Certification;

/// <summary>A worker is visible to an organisation that registered them or holds an assessment or certificate
/// for them; to every other organisation they do not exist.</summary>
public sealed class WorkerVisibilityTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Another_organisation_finds_no_worker_it_never_registered_until_it_registers_them_by_national_id()
    {
        var ours = await Client.HrOfficerTokenAsync("随州市总工会");
        var theirs = await Client.HrOfficerTokenAsync("曾都区人社局");
        var nationalId = Certifying.NewNationalId();
        var worker = await Client.RegisterWorkerAsync(ours, "邓丽", nationalId);
        var certified = await Client.CertifyNewWorkerAsync(ours, "孔明");

        foreach (var id in new[] { worker.Id, certified.WorkerId, long.MaxValue / 2 })
        {
            await (await Client.SendAsync(HttpMethod.Get, $"/api/workers/{id}", null, theirs)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "worker.not-found");
        }
        await (await Client.SendAsync(HttpMethod.Post, "/api/workers/lookup", new NationalIdLookup(nationalId), theirs))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "worker.not-found");
        // An assessment would make the worker theirs to see: it is refused as if the worker did not exist, and not stored.
        await (await Client.SendAsync(HttpMethod.Post, "/api/assessments", Certifying.PassedAssessment(worker.Id), theirs))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "worker.not-found");
        Assert.DoesNotContain(await Client.GetAsync<List<AssessmentView>>("/api/assessments", theirs), a => a.WorkerId == worker.Id);
        Assert.Equal(worker.Id, (await Client.GetAsync<WorkerProfile>($"/api/workers/{worker.Id}", ours)).Worker.Id);
        Assert.Equal(certified.WorkerId, (await Client.GetAsync<WorkerProfile>($"/api/workers/{certified.WorkerId}", ours)).Worker.Id);

        // Holding the national ID, they register the worker: the same person, now theirs to see too, with
        // nothing of the other organisation's assessments.
        var registered = await Client.SendAsync(HttpMethod.Post, "/api/workers", new WorkerRequest("邓丽", "曾都区某厂", nationalId), theirs);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var profile = await Client.GetAsync<WorkerProfile>($"/api/workers/{worker.Id}", theirs);
        Assert.Equal(("邓丽", worker.Id), (profile.Worker.Name, profile.Worker.Id));
        Assert.Empty(profile.Assessments);
        var found = await Client.SendAsync(HttpMethod.Post, "/api/workers/lookup", new NationalIdLookup(nationalId), theirs);
        Assert.Equal(worker.Id, (await found.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<WorkerView>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Id);
    }
}
