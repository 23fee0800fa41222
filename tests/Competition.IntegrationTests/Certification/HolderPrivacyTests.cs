using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Competition.Domain.Certification;
using Competition.Server.Certificates;
using Competition.Server.Workers;
using Competition.Testing;

namespace Competition.IntegrationTests.Certification;

/// <summary>
/// Guessing certificate numbers reveals nothing about their holders: by number alone only the state is
/// told; the details take the QR code's token, or the holder's name or last four ID characters; the signed
/// credential takes the token; whether an ID number is the holder's is a counted yes or no.
/// </summary>
public sealed class HolderPrivacyTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_guessed_number_tells_the_state_only_and_the_qr_token_or_the_holder_opens_the_details()
    {
        var (certificate, nationalId) = await CertifyAsync("冯雪");
        var path = $"/api/certificates/{certificate.Number}";

        var guessed = await Client.VerifyAsync(certificate.Number);
        Assert.Equal((CertificateState.Valid, true, null), (guessed.State, guessed.DetailsWithheld, guessed.Certificate));
        Assert.DoesNotContain("冯雪", JsonSerializer.Serialize(guessed, PlatformClient.Json));
        await (await Client.Http.GetAsync($"{path}/credential", Cancel)).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "certificate.token-required");
        await (await Client.Http.GetAsync($"{path}/credential?token={new string('0', 32)}", Cancel))
            .AssertProblemCodeAsync(HttpStatusCode.Forbidden, "certificate.token-required");
        await (await Client.Http.GetAsync($"{path}/wage-guidance", Cancel)).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "certificate.holder-required");
        Assert.True((await VerifyAsync($"{path}/verify?holder=张三", "203.0.113.51")).DetailsWithheld);

        Assert.Equal("冯雪", (await Client.VerifyAsync(certificate)).Certificate!.Holder);
        Assert.Equal("冯雪", (await VerifyAsync($"{path}/verify?holder={Uri.EscapeDataString(" 冯雪 ")}", "203.0.113.52")).Certificate!.Holder);
        Assert.Equal("冯雪", (await VerifyAsync($"{path}/verify?holder={nationalId[^4..].ToLowerInvariant()}", "203.0.113.53")).Certificate!.Holder);
        Assert.StartsWith("ey", await Client.CredentialAsync(certificate));
        // The HR officers of the issuing organisation fetch the credential with their own token.
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, $"{path}/credential", null, hr)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Get, $"{path}/credential", null, await Client.HrOfficerTokenAsync("曾都区人社局"))).StatusCode);
    }

    [Fact]
    public async Task Whether_an_id_number_is_the_holders_is_a_yes_or_no_and_guessing_is_cut_off_per_address()
    {
        var (certificate, nationalId) = await CertifyAsync("龚丽");
        var path = $"/api/certificates/{certificate.Number}/holder-check";

        Assert.True((await HolderCheckAsync(path, nationalId, "198.51.100.60")).Matches);
        for (var guess = 0; guess < 5; guess++)
        {
            Assert.False((await HolderCheckAsync(path, Certifying.NewNationalId(), "198.51.100.61")).Matches);
        }
        var cutOff = await PostAsync(path, new NationalIdLookup(Certifying.NewNationalId()), "198.51.100.61");
        await cutOff.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "certificate.too-many-guesses");
        Assert.True(cutOff.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // Names and ID endings guessed on the verification page count against the same budget.
        Assert.Equal(HttpStatusCode.TooManyRequests,
            (await SendAsync(HttpMethod.Get, $"/api/certificates/{certificate.Number}/verify?holder=1234", null, "198.51.100.61")).StatusCode);
        Assert.True((await HolderCheckAsync(path, nationalId, "198.51.100.62")).Matches);
        await (await PostAsync(path, new NationalIdLookup("123"), "198.51.100.63")).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await (await PostAsync("/api/certificates/S000142130300262999998/holder-check", new NationalIdLookup(nationalId), "198.51.100.63"))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "certificate.not-found");
    }

    [Fact]
    public async Task Status_list_indexes_are_drawn_at_random_not_in_issue_order()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var indexes = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var certificate = await Client.CertifyNewWorkerAsync(hr, $"随机{i}");
            var status = Certifying.Payload(await Client.CredentialAsync(certificate))["credentialStatus"]!;
            indexes.Add(int.Parse((string)status["statusListIndex"]!));
        }

        // Six in a row issued one after another: in issue order they would count up by one.
        Assert.NotEqual(Enumerable.Range(indexes[0], indexes.Count), indexes);
        Assert.Equal(indexes.Count, indexes.Distinct().Count());
    }

    private async Task<(CertificateView Certificate, string NationalId)> CertifyAsync(string name)
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var nationalId = Certifying.NewNationalId();
        var worker = await Client.RegisterWorkerAsync(hr, name, nationalId);
        var assessment = await Client.RecordAssessmentAsync(hr, Certifying.PassedAssessment(worker.Id));
        return (await Client.IssueAsync(hr, assessment.Id), nationalId);
    }

    private async Task<CertificateVerification> VerifyAsync(string path, string address)
    {
        var response = await SendAsync(HttpMethod.Get, path, null, address);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CertificateVerification>(PlatformClient.Json, Cancel))!;
    }

    private async Task<HolderCheck> HolderCheckAsync(string path, string nationalId, string address)
    {
        var response = await PostAsync(path, new NationalIdLookup(nationalId), address);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<HolderCheck>(PlatformClient.Json, Cancel))!;
    }

    private Task<HttpResponseMessage> PostAsync<T>(string path, T body, string address) => SendAsync(HttpMethod.Post, path, JsonContent.Create(body, options: PlatformClient.Json), address);

    /// <summary>From a client address of the test's choosing (X-Forwarded-For, believed from loopback).</summary>
    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string address)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", address);
        return Client.Http.SendAsync(request, Cancel);
    }
}
