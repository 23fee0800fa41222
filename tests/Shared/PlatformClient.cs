using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Competition.Domain.Marking;
using Competition.Domain.Organizations;
using Competition.Grains.Contracts;
using Competition.Server.Accounts;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Marking;
using Competition.Server.Organizations;

namespace Competition.Testing;

/// <summary>Drives the public HTTP API as a client would, with the same JSON conventions.</summary>
/// <param name="clock">The platform's clock where a test moves it, to tell when the admin token expires.</param>
public sealed class PlatformClient(HttpClient http, TimeProvider? clock = null)
{
    /// <summary>The organizer's password every test host is started with.</summary>
    public const string AdminPassword = "test-admin-password";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public HttpClient Http { get; } = http;

    private readonly SemaphoreSlim _adminSignIn = new(1, 1);
    private TokenResponse? _admin;

    /// <summary>The administrator's bearer token, signed in once and reused while it has minutes left: the
    /// platform counts every sign-in before checking it, and dozens of parallel tests signing in as admin
    /// from one address would be refused as a guessing attack.</summary>
    public async Task<string> OrganizerTokenAsync()
    {
        await _adminSignIn.WaitAsync();
        try
        {
            if (_admin is null || _admin.ExpiresAt < (clock ?? TimeProvider.System).GetUtcNow().AddMinutes(2))
            {
                _admin = await SignInAsync("admin", AdminPassword);
            }
            return _admin.Token;
        }
        finally
        {
            _adminSignIn.Release();
        }
    }

    /// <summary>Creates an account (as the administrator) with a fresh username; returns its id and credentials.
    /// A named organisation is registered first (under the federation) if the registry lacks it.</summary>
    public async Task<(long Id, string Username, string Password)> CreateAccountAsync(string role, string? organization = null)
    {
        var username = $"{role}-{Guid.NewGuid():N}"[..24];
        const string password = "a-long-enough-password";
        if (organization is not null)
        {
            await OrganizationAsync(organization);
        }
        var response = await SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest(username, password, role, organization), await OrganizerTokenAsync());
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<AccountCreated>(Json))!.Id, username, password);
    }

    /// <summary>The registry organisation of this name, registered (as the administrator) when missing.</summary>
    public async Task<OrganizationView> OrganizationAsync(string name, OrganizationKind kind = OrganizationKind.Enterprise, long? parentId = null)
    {
        var token = await OrganizerTokenAsync();
        var all = await GetAsync<List<OrganizationView>>("/api/organizations", token);
        if (all.FirstOrDefault(o => o.Name == name) is { } existing)
        {
            return existing;
        }
        var response = await SendAsync(HttpMethod.Post, "/api/organizations",
            new OrganizationRequest(name, kind, parentId ?? all.Single(o => o.ParentId is null).Id), token);
        if (response.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            // Registered meanwhile by a test running alongside.
            return (await GetAsync<List<OrganizationView>>("/api/organizations", token)).Single(o => o.Name == name);
        }
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OrganizationView>(Json))!;
    }

    /// <summary>A signed-in organizer of a new account belonging to <paramref name="organizationId"/>.</summary>
    public async Task<string> OrganizerOfAsync(long organizationId)
    {
        var username = $"organizer-{Guid.NewGuid():N}"[..24];
        const string password = "a-long-enough-password";
        var response = await SendAsync(HttpMethod.Post, "/api/accounts",
            new CreateAccountRequest(username, password, "organizer", OrganizationId: organizationId), await OrganizerTokenAsync());
        response.EnsureSuccessStatusCode();
        return (await SignInAsync(username, password)).Token;
    }

    public async Task<TokenResponse> SignInAsync(string username, string password)
    {
        var response = await Http.PostAsJsonAsync("/api/auth/token", new TokenRequest(username, password), Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(Json))!;
    }

    /// <summary>A bearer token of a new HR officer of <paramref name="organization"/>.</summary>
    public async Task<string> HrOfficerTokenAsync(string organization)
    {
        var (_, username, password) = await CreateAccountAsync("hr-officer", organization);
        return (await SignInAsync(username, password)).Token;
    }

    public async Task<CreatedCompetition> CreateCompetitionAsync(CreateCompetitionRequest? request = null, bool start = true)
    {
        var token = await OrganizerTokenAsync();
        var response = await SendAsync(HttpMethod.Post, "/api/competitions", request ?? SampleCompetition.Request(), token);
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<CreatedCompetition>(Json))!;
        if (start)
        {
            (await SendAsync(HttpMethod.Post, $"/api/competitions/{created.Id}/start", null, token)).EnsureSuccessStatusCode();
        }
        return created;
    }

    public async Task<string> JudgeTokenAsync(CreatedCompetition competition, int judgeIndex = 0)
    {
        var judge = competition.Judges[judgeIndex];
        var response = await Http.PostAsJsonAsync("/api/auth/judge", new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin), Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(Json))!.Token;
    }

    /// <summary>The chief judge's token (the competition must have one).</summary>
    public Task<string> ChiefTokenAsync(CreatedCompetition competition) =>
        JudgeTokenAsync(competition, competition.Judges.ToList().FindIndex(j => j.IsChief));

    public Task<HttpResponseMessage> SubmitMarkAsync(
        long competitionId, string judgeToken, long contestantId, long aspectId, decimal value, Guid? submissionId = null, string? reason = null) =>
        SendAsync(HttpMethod.Post, $"/api/competitions/{competitionId}/marks",
            new SubmitMarkRequest(submissionId ?? Guid.NewGuid(), contestantId, aspectId, value, reason), judgeToken);

    /// <summary>Marks everything the judge's tablet lists: measurements full, judgements 2, graded aspects 5.</summary>
    public async Task MarkAssignmentsAsync(CreatedCompetition competition, string judgeToken)
    {
        var aspects = competition.MarkingScheme.Modules.SelectMany(m => m.Aspects).ToDictionary(a => a.Id);
        foreach (var assignment in await GetAsync<List<Assignment>>($"/api/competitions/{competition.Id}/marks/assignments", judgeToken))
        {
            var value = aspects[assignment.AspectId].Kind switch { AspectKind.Measurement => 10m, AspectKind.Judgement => 2m, _ => 5m };
            (await SubmitMarkAsync(competition.Id, judgeToken, assignment.ContestantId, assignment.AspectId, value)).EnsureSuccessStatusCode();
        }
    }

    public async Task<T> GetAsync<T>(string path, string? token = null)
    {
        var response = await SendAsync(HttpMethod.Get, path, null, token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<LeaderboardSnapshot> LeaderboardAsync(long competitionId) =>
        (await Http.GetFromJsonAsync<LeaderboardSnapshot>($"/api/competitions/{competitionId}/leaderboard", Json))!;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? token) =>
        SendAsync(method, path, body is null ? null : JsonContent.Create(body, body.GetType(), options: Json), token);

    /// <summary>Posts a CSV file as the body (bulk issuance, guidance and pay imports).</summary>
    public Task<HttpResponseMessage> PostCsvAsync(string path, string csv, string? token) =>
        SendAsync(HttpMethod.Post, path, new StringContent(csv, Encoding.UTF8, "text/csv"), token);

    /// <summary>Posts a CSV file's bytes as they are, in whatever encoding they were saved.</summary>
    public Task<HttpResponseMessage> PostCsvAsync(string path, byte[] csv, string? token) =>
        SendAsync(HttpMethod.Post, path, new ByteArrayContent(csv) { Headers = { ContentType = new("text/csv") } }, token);

    /// <summary>Uploads a file as a browser's file input does: multipart form, field <c>file</c>.</summary>
    public Task<HttpResponseMessage> PostFileAsync(string path, byte[] file, string fileName, string? token)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        return SendAsync(HttpMethod.Post, path, form, token);
    }

    /// <summary>Posts JSON exactly as written, for documented examples and deliberately broken bodies.</summary>
    public Task<HttpResponseMessage> PostJsonTextAsync(string path, string json, string? token) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), token);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Http.SendAsync(request);
    }
}
