using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Competition.Server.Certificates;
using Competition.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Competition.IntegrationTests.Certification;

/// <summary>
/// Certificates as an outside verifier checks them with tools nobody here wrote: the official Open Badges
/// 3.0 AchievementCredential and W3C VC 2.0 JSON Schemas, JSON-LD expansion with the official contexts
/// that fails on any dropped term, signatures under the published keys with Microsoft.IdentityModel, and
/// the status decoded from the signed list by this test's own reading of the specification.
/// </summary>
public sealed class CredentialInteropTests(SharedPlatform platform)
{
    private static readonly string Tools = Path.Combine(RepositoryPaths.Root, "tests", "Competition.IntegrationTests", "Interop");

    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_demo_certificate_validates_as_open_badges_and_vc_expands_without_losing_a_term_and_verifies()
    {
        var hr = (await Client.SignInAsync("hr", PlatformClient.AdminPassword)).Token;
        var demo = await Client.GetAsync<List<CertificateView>>("/api/certificates", hr);
        Assert.NotEmpty(demo);
        var jwts = await Task.WhenAll(demo.Select(c => Client.CredentialAsync(c)));
        var statusList = await Client.Http.GetStringAsync("/api/status-lists/message/0", Cancel);

        foreach (var jwt in jwts.Append(statusList))
        {
            var checkedSignature = await Client.ValidateCredentialAsync(jwt);
            Assert.True(checkedSignature.IsValid, checkedSignature.Exception?.Message);
        }
        var credentials = jwts.Select(Certifying.Payload).ToList();
        var results = await CheckAsync([.. credentials, Certifying.Payload(statusList)]);

        foreach (var result in results.Take(credentials.Count))
        {
            Assert.Equal((result.Id, "", "", ""), (result.Id, string.Join("; ", result.OpenBadges), string.Join("; ", result.Vc), result.Expansion ?? ""));
        }
        var list = results[^1];
        Assert.Equal(("", ""), (string.Join("; ", list.Vc), list.Expansion ?? ""));
        // Each issuer id resolves to the issuing organisation's profile, itself valid JSON-LD.
        var issuer = credentials[0]["issuer"]!;
        var profile = await Client.Http.GetAsync((string)issuer["id"]!, Cancel);
        Assert.Equal("application/ld+json", profile.Content.Headers.ContentType?.MediaType);
        var profileJson = JsonNode.Parse(await profile.Content.ReadAsStringAsync(Cancel))!;
        Assert.Equal(((string)issuer["id"]!, (string)issuer["name"]!), ((string)profileJson["id"]!, (string)profileJson["name"]!));
        Assert.Null((await CheckAsync([profileJson]))[0].Expansion);
    }

    [Fact]
    public async Task The_one_status_entry_reads_valid_suspended_and_revoked_from_the_signed_list()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var valid = await Client.CertifyNewWorkerAsync(hr, "白雪");
        var suspended = await Client.CertifyNewWorkerAsync(hr, "宋文");
        var revoked = await Client.CertifyNewWorkerAsync(hr, "袁博");
        (await Client.ChangeStatusAsync(hr, suspended.Number, "suspend", "调查期间暂停")).EnsureSuccessStatusCode();
        (await Client.ChangeStatusAsync(hr, revoked.Number, "revoke", "证书信息有误")).EnsureSuccessStatusCode();

        var read = new Dictionary<string, string>();
        foreach (var certificate in new[] { valid, suspended, revoked })
        {
            var status = Certifying.Payload(await Client.CredentialAsync(certificate))["credentialStatus"]!;
            Assert.Equal(JsonValueKind.Object, status.GetValueKind());
            var listJwt = await Client.Http.GetStringAsync((string)status["statusListCredential"]!, Cancel);
            Assert.True((await Client.ValidateCredentialAsync(listJwt)).IsValid);
            var subject = Certifying.Payload(listJwt)["credentialSubject"]!;
            Assert.Equal(((string)status["statusPurpose"]!, (int)status["statusSize"]!), ((string)subject["statusPurpose"]!, (int)subject["statusSize"]!));
            var value = StatusValue((string)subject["encodedList"]!, int.Parse((string)status["statusListIndex"]!), (int)status["statusSize"]!);
            read[certificate.Number] = (string)status["statusMessage"]!.AsArray().Single(m => (string)m!["status"]! == $"0x{value:x}")!["message"]!;
        }

        Assert.Equal(["valid", "suspended", "revoked"], new[] { valid, suspended, revoked }.Select(c => read[c.Number]));
    }

    /// <summary>The Bitstring Status List validation algorithm, written here from the specification: the
    /// list gunzipped from multibase base64url, then <paramref name="size"/> bits at index × size, the
    /// first the most significant, bit 0 the left-most of the first byte.</summary>
    private static int StatusValue(string encodedList, int index, int size)
    {
        Assert.StartsWith("u", encodedList);
        using var gzip = new GZipStream(new MemoryStream(Base64UrlEncoder.DecodeBytes(encodedList[1..])), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        var bytes = bits.ToArray();
        Assert.True(bytes.Length * 8 / size >= 131_072, "A status list holds at least 131,072 entries.");
        var value = 0;
        for (var bit = index * size; bit < (index + 1) * size; bit++)
        {
            value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
        }
        return value;
    }

    private sealed record Checked(string? Id, List<string> OpenBadges, List<string> Vc, string? Expansion);

    /// <summary>Runs the outside tools over these documents, with the platform's context as it serves it.</summary>
    private async Task<List<Checked>> CheckAsync(IReadOnlyList<JsonNode> documents)
    {
        var context = await Client.Http.GetAsync(CertificateCredentials.ContextPath, Cancel);
        Assert.Equal(HttpStatusCode.OK, context.StatusCode);
        Assert.Equal("application/ld+json", context.Content.Headers.ContentType?.MediaType);
        var contextFile = Path.GetTempFileName();
        var documentsFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(contextFile, await context.Content.ReadAsStringAsync(Cancel), Cancel);
            await File.WriteAllTextAsync(documentsFile, new JsonArray([.. documents.Select(d => d.DeepClone())]).ToJsonString(), Cancel);
            var contextUrl = new Uri(Client.Http.BaseAddress!, CertificateCredentials.ContextPath).ToString();
            var output = await ExternalTools.NodeAsync(Tools, "check-credentials.mjs", documentsFile, contextFile, contextUrl);
            return JsonSerializer.Deserialize<List<Checked>>(output, PlatformClient.Json)!;
        }
        finally
        {
            File.Delete(contextFile);
            File.Delete(documentsFile);
        }
    }
}
