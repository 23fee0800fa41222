using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Data;
using Competition.Domain.Certification;
using Competition.Server.Accounts;
using Competition.Server.Certificates;
using Competition.Server.Workers;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Competition.IntegrationTests.Certification;

/// <summary>Revocation, suspension, renewal and expiry, as verification and the signed status lists report them.</summary>
public sealed class CertificateLifecycleTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revoked_and_suspended_certificates_are_reported_as_such_and_their_status_bits_are_set()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var revoked = await Client.CertifyNewWorkerAsync(hr, "孙悦");
        var suspended = await Client.CertifyNewWorkerAsync(hr, "马超");
        var untouched = await Client.CertifyNewWorkerAsync(hr, "黄蕾");

        await (await Client.ChangeStatusAsync(hr, revoked.Number, "revoke", "")).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        (await Client.ChangeStatusAsync(hr, revoked.Number, "revoke", "证书信息录入错误，撤销后重新签发")).EnsureSuccessStatusCode();
        (await Client.ChangeStatusAsync(hr, suspended.Number, "suspend", "涉嫌考试违纪，调查期间暂停")).EnsureSuccessStatusCode();
        await (await Client.ChangeStatusAsync(hr, revoked.Number, "revoke", "again")).AssertProblemCodeAsync(HttpStatusCode.Conflict, "certificate.revoked");

        var revokedVerdict = await Client.VerifyAsync(revoked);
        Assert.Equal(CertificateState.Revoked, revokedVerdict.State);
        Assert.Equal("证书信息录入错误，撤销后重新签发", revokedVerdict.Reason);
        Assert.NotNull(revokedVerdict.ChangedAt);
        Assert.Equal("孙悦", revokedVerdict.Certificate!.Holder);
        var suspendedVerdict = await Client.VerifyAsync(suspended);
        Assert.Equal(CertificateState.Suspended, suspendedVerdict.State);
        Assert.Equal("涉嫌考试违纪，调查期间暂停", suspendedVerdict.Reason);

        var statuses = await StatusListAsync();
        var (revokedIndex, suspendedIndex, untouchedIndex) = (await IndexAsync(revoked), await IndexAsync(suspended), await IndexAsync(untouched));
        Assert.Equal((CertificateStatusCodes.Revoked, CertificateStatusCodes.Suspended, CertificateStatusCodes.Valid),
            (statuses[revokedIndex], statuses[suspendedIndex], statuses[untouchedIndex]));

        (await Client.ChangeStatusAsync(hr, suspended.Number, "reinstate", "调查结束，未发现违纪")).EnsureSuccessStatusCode();
        Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(suspended.Number)).State);
        Assert.Equal(CertificateStatusCodes.Valid, (await StatusListAsync())[suspendedIndex]);
        var record = await Client.GetAsync<CertificateView>($"/api/certificates/{suspended.Number}/record", hr);
        Assert.Equal([StatusChange.Suspended, StatusChange.Reinstated], record.StatusChanges.Select(c => c.Change));
        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", await Client.OrganizerTokenAsync());
        Assert.Contains(audit, e => e.Action == "certificate.revoked" && e.Target == $"certificate:{revoked.Number}");
    }

    [Fact]
    public async Task Renewal_issues_a_new_number_the_old_certificate_reports_its_successor_and_a_suspended_one_is_not_renewed()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var old = await Client.CertifyNewWorkerAsync(hr, "林峰");

        var response = await Client.SendAsync(HttpMethod.Post, $"/api/certificates/{old.Number}/renew", null, hr);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var renewed = (await response.Content.ReadFromJsonAsync<CertificateView>(PlatformClient.Json, Cancel))!;

        Assert.NotEqual(old.Number, renewed.Number);
        Assert.Equal(old.Number, renewed.Supersedes);
        var verdict = await Client.VerifyAsync(old);
        Assert.Equal(CertificateState.Superseded, verdict.State);
        Assert.Equal(renewed.Number, verdict.SupersededBy);
        Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(renewed.Number)).State);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/certificates/{old.Number}/renew", null, hr))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "certificate.not-renewable");
        var suspended = await Client.CertifyNewWorkerAsync(hr, "林峰");
        (await Client.ChangeStatusAsync(hr, suspended.Number, "suspend", "调查中")).EnsureSuccessStatusCode();
        await (await Client.SendAsync(HttpMethod.Post, $"/api/certificates/{suspended.Number}/renew", null, hr))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "certificate.not-renewable");
        // One assessment, one certificate in force: issuing it again is refused.
        await (await Client.SendAsync(HttpMethod.Post, "/api/certificates", new IssueRequest(old.AssessmentId), hr))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "certificate.already-issued");
    }

    [Fact]
    public async Task An_officer_of_another_organisation_can_neither_issue_nor_revoke_and_failed_assessments_are_not_certified()
    {
        var ours = await Client.HrOfficerTokenAsync("随州市总工会");
        var theirs = await Client.HrOfficerTokenAsync("曾都区人社局");
        var certificate = await Client.CertifyNewWorkerAsync(ours, "何静");

        await (await Client.ChangeStatusAsync(theirs, certificate.Number, "revoke", "not ours")).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "certificate.other-organization");
        var worker = await Client.RegisterWorkerAsync(ours, "罗军");
        var failed = await Client.RecordAssessmentAsync(ours, Certifying.PassedAssessment(worker.Id, theory: 55));
        Assert.Equal(AssessmentStatus.Failed, failed.Status);
        await (await Client.SendAsync(HttpMethod.Post, "/api/certificates", new IssueRequest(failed.Id), ours))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "assessment.not-passed");
        var passed = await Client.RecordAssessmentAsync(ours, Certifying.PassedAssessment(worker.Id));
        await (await Client.SendAsync(HttpMethod.Post, "/api/certificates", new IssueRequest(passed.Id), theirs))
            .AssertProblemCodeAsync(HttpStatusCode.Forbidden, "certificate.other-organization");
        Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(certificate.Number)).State);
    }

    [Fact]
    public async Task National_ids_are_checked_and_never_stored_in_clear()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var id = Certifying.NewNationalId();
        var worker = await Client.RegisterWorkerAsync(hr, "许晴", id);
        var again = await Client.SendAsync(HttpMethod.Post, "/api/workers", new WorkerRequest("许晴", "随州邮政", id.ToLowerInvariant()), hr);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(worker.Id, (await again.Content.ReadFromJsonAsync<WorkerView>(PlatformClient.Json, Cancel))!.Id);
        Assert.Equal(id[..3] + "***********" + id[^4..], worker.MaskedNationalId);
        await (await Client.SendAsync(HttpMethod.Post, "/api/workers", new WorkerRequest("许晴", "随州邮政", id[..17] + (id[17] == '0' ? '1' : '0')), hr))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await using var db = platform.Factory.Services.GetRequiredService<IDbContextFactory<CompetitionDbContext>>().CreateDbContext();
        var stored = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == worker.Id, Cancel);
        Assert.DoesNotContain(id[6..14], stored.NationalIdHash + stored.NationalIdMasked);
    }

    [Fact]
    public async Task A_certificate_past_its_validity_is_reported_expired()
    {
        var clock = new AdjustableClock();
        await using var factory = new PlatformFactory(time: clock);
        var client = new PlatformClient(factory.CreateClient(), clock);
        var hr = await client.HrOfficerTokenAsync("随州市总工会");
        var certificate = await client.CertifyNewWorkerAsync(hr, "江涛");
        Assert.Equal(CertificateState.Valid, (await client.VerifyAsync(certificate.Number)).State);

        clock.Advance(TimeSpan.FromDays(5 * 366));

        var verdict = await client.VerifyAsync(certificate.Number);
        Assert.Equal(CertificateState.Expired, verdict.State);
        Assert.Equal(certificate.ValidUntil, verdict.ChangedAt);
        await factory.Database.DeleteAsync();
    }

    /// <summary>The first status list as a verifier reads it: the signed list of 2-bit statuses.</summary>
    private async Task<BitstringStatusList> StatusListAsync()
    {
        var jwt = new JsonWebToken(await Client.Http.GetStringAsync("/api/status-lists/message/0", Cancel));
        var subject = JsonNode.Parse(Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload)))!["credentialSubject"]!;
        Assert.Equal(("message", 2), ((string)subject["statusPurpose"]!, (int)subject["statusSize"]!));
        return BitstringStatusList.Decode((string)subject["encodedList"]!, CertificateStatusCodes.Size);
    }

    private async Task<int> IndexAsync(CertificateView certificate)
    {
        var jwt = new JsonWebToken(await Client.CredentialAsync(certificate));
        var status = JsonNode.Parse(Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload)))!["credentialStatus"]!;
        return int.Parse((string)status["statusListIndex"]!);
    }
}
