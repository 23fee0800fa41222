using System.Collections.Concurrent;
using System.Text.Json;

namespace Competition.IntegrationTests.CompetitionDay;

/// <summary>Keeps every response body a client receives, by the bearer token it was asked with (null:
/// anonymous), as decoded text: JSON escapes Chinese, so its strings are read, not its raw text.</summary>
internal sealed class ResponseRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<(string? Token, string Request, string Text)> _responses = new();

    public IEnumerable<(string Request, string Text)> ReceivedWith(Func<string?, bool> token) =>
        _responses.Where(r => token(r.Token)).Select(r => (r.Request, r.Text));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json") == true && body.Length > 0;
        _responses.Enqueue((request.Headers.Authorization?.Parameter, $"{request.Method} {request.RequestUri?.PathAndQuery}",
            json ? DecodedText.Of(JsonDocument.Parse(body).RootElement) : body));
        return response;
    }
}

/// <summary>Every string and property name in a JSON value, decoded.</summary>
internal static class DecodedText
{
    public static string Of(JsonElement element) => string.Join('\n', Strings(element));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        _ => [],
    };
}
