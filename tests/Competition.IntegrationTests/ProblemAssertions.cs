using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Competition.IntegrationTests;

/// <summary>Every error the platform gives is application/problem+json with the expected status.</summary>
internal static class ProblemAssertions
{
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static async Task AssertProblemCodeAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.AssertProblemAsync(status);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }
}
