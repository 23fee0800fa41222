using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.Agreements;
using Competition.Server.WageGuidance;
using Competition.Server.Workers;
using Competition.Testing;

namespace Competition.IntegrationTests.Wages;

/// <summary>
/// What a certified level is worth where the holder works, as the verification page and the worker's
/// profile show it: the latest guidance band for the occupation, level and region (monthly, whole yuan),
/// and the floors of the signed agreements in force that cover the holder — and no others.
/// </summary>
public sealed class CertifiedWageGuidanceTests(SharedPlatform platform)
{
    private const string Organization = "随州市人社局职业技能鉴定中心";
    private const string Employer = "随州专用汽车有限公司"; // the employer Certifying registers workers with
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task A_valid_certificate_shows_the_latest_band_and_only_the_signed_agreements_in_force_that_cover_its_holder()
    {
        var organizer = await Client.OrganizerTokenAsync();
        // 6-22-02-01 (汽车装调工) has no demo guidance; two years of it, the later one is shown.
        var csv = "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit\n" +
            "随州市,2024,测试表,6-22-02-01,2022,汽车制造（测试）,高级工,45000,50000,56000,66000,78000,58000,80,year\n" +
            "随州市,2025,测试表,6-22-02-01,2022,汽车制造（测试）,高级工,48000,54000,60000,70200,84000,62000,90,year\n";
        Assert.True((await Client.PostCsvAsync("/api/wage-guidance/import", csv, organizer)).IsSuccessStatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var covering = await AgreementAsync(organizer, AgreementScope.Enterprise, Employer, today.AddYears(-1), today.AddYears(1), sign: true);
        await AgreementAsync(organizer, AgreementScope.Enterprise, Employer, today.AddYears(-1), today.AddYears(1), sign: false);
        await AgreementAsync(organizer, AgreementScope.Enterprise, "别的企业", today.AddYears(-1), today.AddYears(1), sign: true);
        await AgreementAsync(organizer, AgreementScope.Enterprise, Employer, today.AddYears(-3), today.AddYears(-1), sign: true);
        var hr = await Client.HrOfficerTokenAsync(Organization);
        var certificate = await Client.CertifyNewWorkerAsync(hr, "欧阳华", SkillLevel.Senior);

        var guidance = await Client.GetAsync<CertificateWageGuidance>($"/api/certificates/{certificate.Number}/wage-guidance?token={certificate.VerificationToken}");

        Assert.Equal("随州市", guidance.Region);
        var band = guidance.Band!;
        Assert.Equal(2025, band.Year);
        // Yearly ÷ 12, whole yuan: 48,000 → 4,000; 54,000 → 4,500; 60,000 → 5,000; 70,200 → 5,850; 84,000 → 7,000.
        Assert.Equal((4_000m, 4_500m, 5_000m, 5_850m, 7_000m), (band.MonthlyP10, band.MonthlyP25, band.MonthlyP50, band.MonthlyP75, band.MonthlyP90));
        var agreement = Assert.Single(guidance.Agreements);
        Assert.Equal(covering.Id, agreement.Id);
        Assert.Equal(covering.Floors.Single(f => f.Level == SkillLevel.Senior).MonthlyFloor, agreement.MonthlyFloor);

        // The HR officer's view of the worker carries the same guidance for the certificate.
        var profile = await Client.GetAsync<WorkerProfile>($"/api/workers/{certificate.WorkerId}", hr);
        Assert.Equal(guidance, Assert.Single(profile.WageGuidance), new GuidanceComparer());

        // A level without a published row has no band, but the floor still applies.
        var technician = await Client.CertifyNewWorkerAsync(hr, "欧阳丽", SkillLevel.Technician);
        var withoutBand = await Client.GetAsync<CertificateWageGuidance>($"/api/certificates/{technician.Number}/wage-guidance?token={technician.VerificationToken}");
        Assert.Null(withoutBand.Band);
        Assert.Equal(covering.Floors.Single(f => f.Level == SkillLevel.Technician).MonthlyFloor, Assert.Single(withoutBand.Agreements).MonthlyFloor);
        await (await Client.SendAsync(HttpMethod.Get, "/api/certificates/S000142130300262999999/wage-guidance", null, null))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "certificate.not-found");
    }

    private async Task<AgreementView> AgreementAsync(string token, AgreementScope scope, string party, DateOnly start, DateOnly end, bool sign)
    {
        var response = await Client.SendAsync(HttpMethod.Post, "/api/agreements", new AgreementRequest(
            $"{party} {start:yyyy} 能级工资", scope, party, "随州市", start, end, 2_210m, 0.10m, null, StepKind.FixedAmount, 300m), token);
        var agreement = (await response.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        if (sign)
        {
            (await Client.SendAsync(HttpMethod.Post, $"/api/agreements/{agreement.Id}/sign", null, token)).EnsureSuccessStatusCode();
        }
        return agreement;
    }

    /// <summary>Records holding lists compare by reference; these compare by content.</summary>
    private sealed class GuidanceComparer : IEqualityComparer<CertificateWageGuidance>
    {
        public bool Equals(CertificateWageGuidance? x, CertificateWageGuidance? y) =>
            x!.Number == y!.Number && x.Band == y.Band && x.Agreements.SequenceEqual(y.Agreements);

        public int GetHashCode(CertificateWageGuidance obj) => obj.Number.GetHashCode();
    }
}
