using System.Net.Http.Json;
using Competition.Domain.Certification;
using Competition.Server.Assessments;
using Competition.Server.Certificates;
using Competition.Server.Workers;

namespace Competition.Testing;

/// <summary>Registers workers, records assessments and issues certificates through the API, as an HR officer would.</summary>
public static class Certifying
{
    private static int _sequence = Random.Shared.Next(100, 900);

    /// <summary>A national ID nobody else in the test run has: a Suizhou region code, a birth date and a
    /// running number, with its GB 11643 check character computed here (independently of the platform).</summary>
    public static string NewNationalId()
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sequence = Interlocked.Increment(ref _sequence);
        var body = $"421303{1970 + sequence % 30}{1 + sequence % 12:00}{1 + sequence % 28:00}{sequence % 1000:000}";
        var sum = body.Select((digit, i) => (digit - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static async Task<WorkerView> RegisterWorkerAsync(this PlatformClient client, string hrToken, string name = "张伟", string? nationalId = null)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/api/workers", new WorkerRequest(name, "随州专用汽车有限公司", nationalId ?? NewNationalId()), hrToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkerView>(PlatformClient.Json))!;
    }

    public static AssessmentRequest PassedAssessment(long workerId, SkillLevel level = SkillLevel.Senior, decimal theory = 82, decimal practical = 76) => new(
        workerId, "6-22-02-01", "2022", "汽车装调工", "车身装配", level, AssessmentRoute.EnterpriseSelfEvaluation,
        [new(AssessmentComponentKind.Theory, theory), new(AssessmentComponentKind.Practical, practical),
         .. SkillLadder.NeedsComprehensiveReview(level) ? [new ComponentScore(AssessmentComponentKind.ComprehensiveReview, 80)] : Array.Empty<ComponentScore>()],
        ["王芳", "李强"]);

    public static async Task<AssessmentView> RecordAssessmentAsync(this PlatformClient client, string hrToken, AssessmentRequest request)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/api/assessments", request, hrToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AssessmentView>(PlatformClient.Json))!;
    }

    public static async Task<CertificateView> IssueAsync(this PlatformClient client, string hrToken, long assessmentId)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/api/certificates", new IssueRequest(assessmentId), hrToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CertificateView>(PlatformClient.Json))!;
    }

    /// <summary>A new worker with a passed assessment and its certificate.</summary>
    public static async Task<CertificateView> CertifyNewWorkerAsync(this PlatformClient client, string hrToken, string name = "张伟", SkillLevel level = SkillLevel.Senior)
    {
        var worker = await client.RegisterWorkerAsync(hrToken, name);
        var assessment = await client.RecordAssessmentAsync(hrToken, PassedAssessment(worker.Id, level));
        return await client.IssueAsync(hrToken, assessment.Id);
    }

    /// <summary>Verifies by number alone, as anyone may: the state, never the holder.</summary>
    public static Task<CertificateVerification> VerifyAsync(this PlatformClient client, string number) =>
        client.GetAsync<CertificateVerification>($"/api/certificates/{number}/verify");

    /// <summary>Verifies with the token of the certificate's QR code: the state and the details.</summary>
    public static Task<CertificateVerification> VerifyAsync(this PlatformClient client, CertificateView certificate) =>
        client.GetAsync<CertificateVerification>($"/api/certificates/{certificate.Number}/verify?token={certificate.VerificationToken}");

    /// <summary>A VC-JWT's payload: the credential as signed.</summary>
    public static System.Text.Json.Nodes.JsonNode Payload(string jwt) =>
        System.Text.Json.Nodes.JsonNode.Parse(System.Text.Encoding.UTF8.GetString(
            Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(jwt).EncodedPayload)))!;

    /// <summary>Checks a VC-JWT as any verifier would with Microsoft.IdentityModel: under the published
    /// keys (JWKS), issued by this platform, of type vc+jwt. A status list carries no expiry.</summary>
    public static async Task<Microsoft.IdentityModel.Tokens.TokenValidationResult> ValidateCredentialAsync(this PlatformClient client, string jwt)
    {
        var jwks = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(await client.Http.GetStringAsync("/.well-known/jwks.json"));
        return await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(jwt, new Microsoft.IdentityModel.Tokens.TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority),
            ValidateAudience = false,
            ValidTypes = ["vc+jwt"],
            RequireExpirationTime = false,
        });
    }

    /// <summary>The signed credential (a VC-JWT), fetched with the certificate's QR token.</summary>
    public static async Task<string> CredentialAsync(this PlatformClient client, CertificateView certificate)
    {
        var response = await client.Http.GetAsync($"/api/certificates/{certificate.Number}/credential?token={certificate.VerificationToken}");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public static Task<HttpResponseMessage> ChangeStatusAsync(this PlatformClient client, string hrToken, string number, string change, string reason) =>
        client.SendAsync(HttpMethod.Post, $"/api/certificates/{number}/{change}", new ReasonRequest(reason), hrToken);
}
