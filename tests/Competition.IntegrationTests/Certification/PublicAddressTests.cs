using System.Net;
using System.Text;
using Competition.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Competition.IntegrationTests.Certification;

/// <summary>What the platform signs as its own address never comes from the request's Host header.</summary>
public sealed class PublicAddressTests(SharedPlatform platform)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_public_url_a_forged_host_header_is_not_signed_into_a_status_list()
    {
        var signed = await StatusListPayloadAsync(platform.Client.Http, "evil.example");

        Assert.DoesNotContain("evil.example", signed);
        Assert.Contains(platform.Factory.BaseAddress.Authority, signed);
    }

    [Fact]
    public async Task With_a_public_url_it_is_signed_and_requests_for_other_hosts_are_refused()
    {
        await using var factory = new PlatformFactory(settings: new Dictionary<string, string> { ["Certificates:PublicUrl"] = "https://skills.example.cn" });
        var http = factory.CreateDefaultClient(factory.BaseAddress);

        Assert.Contains("https://skills.example.cn/", await StatusListPayloadAsync(http, "skills.example.cn"));
        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/api/status-lists/message/0") { Headers = { Host = "evil.example" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(elsewhere, Cancel)).StatusCode);
    }

    private async Task<string> StatusListPayloadAsync(HttpClient http, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status-lists/message/0") { Headers = { Host = host } };
        var response = await http.SendAsync(request, Cancel);
        response.EnsureSuccessStatusCode();
        var jwt = new JsonWebToken(await response.Content.ReadAsStringAsync(Cancel));
        return Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload));
    }
}
