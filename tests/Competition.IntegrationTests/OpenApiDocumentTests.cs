using System.Net;
using System.Text.Json.Nodes;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>The API document is true and complete enough for outside clients to be generated from it.</summary>
public sealed class OpenApiDocumentTests(SharedPlatform platform)
{
    private static readonly string Tools = Path.Combine(RepositoryPaths.Root, "tests", "Competition.IntegrationTests", "Interop");
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_live_document_passes_redocly_lint_with_the_recommended_rules()
    {
        var file = Path.GetTempFileName() + ".json";
        try
        {
            await File.WriteAllTextAsync(file, await platform.Client.Http.GetStringAsync("/openapi/v1.json", Cancel), Cancel);
            // Exits non-zero on any error of the recommended rule set (ExternalTools then fails the test with its
            // report); warnings are printed and pass.
            await ExternalTools.NodeAsync(Tools, "node_modules/@redocly/cli/bin/cli.js", "lint", file, "--format=stylish", "--max-problems=200");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_operation_has_an_id_typed_answers_its_refusals_as_problems_and_says_who_may_call_it()
    {
        var document = JsonNode.Parse(await platform.Client.Http.GetStringAsync("/openapi/v1.json", Cancel))!;
        var server = (string)document["servers"]![0]!["url"]!;
        Assert.Equal(platform.Client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), server);
        Assert.NotNull(document["components"]!["schemas"]!["Problem"]!["properties"]!["code"]);

        var gaps = new List<string>();
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => Methods.Contains(o.Key)).Select(o => (Name: $"{o.Key.ToUpperInvariant()} {path.Key}", Operation: o.Value!)))
            .ToList();
        foreach (var (name, operation) in operations)
        {
            if (operation["operationId"] is null)
            {
                gaps.Add($"{name}: no operationId");
            }
            if (operation["security"] is not JsonArray)
            {
                gaps.Add($"{name}: no security (public ones say security: [])");
            }
            var responses = operation["responses"]!.AsObject();
            foreach (var (status, response) in responses)
            {
                var content = response!["content"]?.AsObject();
                if (status.StartsWith('2') && status != "204" && (content is null || content.Any(c => c.Value!["schema"] is null)))
                {
                    gaps.Add($"{name}: {status} without media type and schema");
                }
                if (status.StartsWith('4') && content?["application/problem+json"]?["schema"] is null)
                {
                    gaps.Add($"{name}: {status} not documented as application/problem+json");
                }
            }
            if (!responses.Any(r => r.Key.StartsWith('4')))
            {
                gaps.Add($"{name}: no 4xx response");
            }
        }

        Assert.Empty(gaps);
        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct().Count());
        // The credential and the keys are described as what they are.
        Assert.NotNull(document["paths"]!["/api/certificates/{number}/credential"]!["get"]!["responses"]!["200"]!["content"]!["application/vc+jwt"]);
        Assert.NotNull(document["paths"]!["/.well-known/jwks.json"]!["get"]!["responses"]!["200"]!["content"]!["application/jwk-set+json"]);
        Assert.Empty(document["paths"]!["/api/certificates/{number}/verify"]!["get"]!["security"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await platform.Client.Http.GetAsync("/scalar/v1", Cancel)).StatusCode);
    }
}
