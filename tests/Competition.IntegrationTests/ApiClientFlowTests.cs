using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>
/// A C# client generated with Kiota from the live OpenAPI document drives a whole flow (tests/
/// Competition.ApiClientFlow): create and start a competition, sign a judge in, mark, read the board and
/// the results, issue a certificate and verify it. A document that does not say what the API does fails
/// the generation, the build of the flow or the flow itself.
/// </summary>
[Collection(nameof(SerialTests))]
public sealed class ApiClientFlowTests(SharedPlatform platform)
{
    [Fact]
    public async Task A_client_generated_from_the_live_document_runs_a_competition_and_certifies_through_it()
    {
        var baseUrl = platform.Client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var generated = Path.Combine(RepositoryPaths.Root, "tests", "Competition.ApiClientFlow", "Generated");

        await ExternalTools.DotnetAsync("tool", "run", "kiota", "generate", "--language", "CSharp", "--openapi", $"{baseUrl}/openapi/v1.json",
            "--output", generated, "--class-name", "PlatformApiClient", "--namespace-name", "Competition.ApiClient", "--clean-output");
        var output = await ExternalTools.DotnetAsync("run", "--project", Path.Combine("tests", "Competition.ApiClientFlow"), "--",
            baseUrl, PlatformClient.AdminPassword, Certifying.NewNationalId());

        Assert.Contains("flow ok", output);
    }
}
