using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Domain.Certification;
using Competition.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Competition.IntegrationTests.Certification;

/// <summary>
/// Certificates are VC-JWTs that an independent JWT library (Microsoft.IdentityModel) verifies against
/// the published JWKS; tampering and foreign keys are caught both by that library and by the platform.
/// </summary>
public sealed class CredentialSignatureTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_issued_certificate_is_an_open_badge_credential_that_verifies_under_the_published_keys()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var certificate = await Client.CertifyNewWorkerAsync(hr, "刘洋", SkillLevel.Technician);
        var jwt = await Client.CredentialAsync(certificate);

        var result = await Client.ValidateCredentialAsync(jwt);

        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal("ES256", token.Alg);
        Assert.Equal("vc+jwt", token.Typ);
        Assert.False(string.IsNullOrEmpty(token.Kid));
        var credential = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.EncodedPayload)))!;
        Assert.Equal("https://www.w3.org/ns/credentials/v2", (string)credential["@context"]![0]!);
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], credential["type"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("随州市总工会", (string)credential["issuer"]!["name"]!);
        var subject = credential["credentialSubject"]!;
        Assert.Equal(certificate.Number, (string)subject["certificateNumber"]!);
        Assert.Equal("Certification", (string)subject["achievement"]!["achievementType"]!);
        Assert.Equal("6-22-02-01", (string)subject["achievement"]!["alignment"]![0]!["targetCode"]!);
        Assert.Equal(2, (int)subject["skillLevel"]!["nationalCode"]!);
        // The holder by name only: neither the masked ID nor any hash of it, which would link a person's certificates.
        Assert.DoesNotContain(certificate.MaskedNationalId[^4..], credential.ToJsonString());
        Assert.Equal(["name"], subject["identifier"]!.AsArray().Select(i => (string)i!["identityType"]!));
        Assert.Equal(("message", 2), ((string)credential["credentialStatus"]!["statusPurpose"]!, (int)credential["credentialStatus"]!["statusSize"]!));
        Assert.NotNull(credential["validUntil"]);
        Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(certificate.Number)).State);
    }

    [Fact]
    public async Task A_tampered_payload_is_refused_by_the_library_and_reported_forged_by_the_platform()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var certificate = await Client.CertifyNewWorkerAsync(hr, "陈静", SkillLevel.Senior);
        var parts = (await Client.CredentialAsync(certificate)).Split('.');
        // Raise the level in the payload and keep the original signature.
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("\"level\":\"senior\"", "\"level\":\"seniorTechnician\"");
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        Assert.False((await Client.ValidateCredentialAsync(tampered)).IsValid);
        var verdict = await PresentAsync(tampered);
        Assert.Equal(CertificateState.Forged, verdict.State);
        Assert.Null(verdict.Certificate);
    }

    [Fact]
    public async Task A_credential_signed_with_another_key_under_the_same_key_id_is_forged()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var certificate = await Client.CertifyNewWorkerAsync(hr, "周杰", SkillLevel.Senior);
        var parts = (await Client.CredentialAsync(certificate)).Split('.');
        using var impostor = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signature = impostor.SignData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), HashAlgorithmName.SHA256);
        var forged = $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";

        Assert.False((await Client.ValidateCredentialAsync(forged)).IsValid);
        Assert.Equal(CertificateState.Forged, (await PresentAsync(forged)).State);
        Assert.Equal(CertificateState.Valid, (await PresentAsync(string.Join('.', parts))).State);
    }

    [Fact]
    public async Task Unknown_numbers_are_forged_and_malformed_ones_refused()
    {
        Assert.Equal(CertificateState.Forged, (await Client.VerifyAsync("S000142130300262999999")).State);
        await (await Client.Http.GetAsync("/api/certificates/not-a-number/verify", Cancel)).AssertProblemCodeAsync(System.Net.HttpStatusCode.BadRequest, "certificate.malformed-number");
        Assert.Equal(CertificateState.Forged, (await PresentAsync("a.b.c")).State);
        await (await Client.Http.PostAsync("/api/credentials/verify", new StringContent("not a credential", Encoding.ASCII, "text/plain"), Cancel))
            .AssertProblemCodeAsync(System.Net.HttpStatusCode.BadRequest, "credential.malformed");
    }

    [Fact]
    public async Task Rotating_the_key_keeps_earlier_certificates_verifiable()
    {
        var hr = await Client.HrOfficerTokenAsync("随州市总工会");
        var before = await Client.CertifyNewWorkerAsync(hr, "吴磊");
        var rotated = await Client.SendAsync(HttpMethod.Post, "/api/credential-keys/rotate", null, await Client.OrganizerTokenAsync());
        rotated.EnsureSuccessStatusCode();
        var after = await Client.CertifyNewWorkerAsync(hr, "郑爽");

        var oldJwt = new JsonWebToken(await Client.CredentialAsync(before));
        var newJwt = new JsonWebToken(await Client.CredentialAsync(after));
        Assert.NotEqual(oldJwt.Kid, newJwt.Kid);
        Assert.True((await Client.ValidateCredentialAsync(oldJwt.EncodedToken)).IsValid);
        Assert.True((await Client.ValidateCredentialAsync(newJwt.EncodedToken)).IsValid);
        Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(before.Number)).State);
        Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(after.Number)).State);
    }

    private async Task<Competition.Server.Certificates.CertificateVerification> PresentAsync(string jwt)
    {
        var response = await Client.Http.PostAsync("/api/credentials/verify", new StringContent(jwt, Encoding.ASCII, "application/vc+jwt"), Cancel);
        response.EnsureSuccessStatusCode();
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<Competition.Server.Certificates.CertificateVerification>(
            response.Content, PlatformClient.Json, Cancel))!;
    }
}
