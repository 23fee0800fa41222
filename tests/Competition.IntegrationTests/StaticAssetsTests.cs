using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>
/// Pages refer to their scripts and styles by fingerprinted names (served by MapStaticAssets, cached for
/// good once published), and an import map sends the modules' own imports to fingerprinted names too;
/// the Content-Security-Policy allows that one inline script by its hash and nothing else inline.
/// </summary>
public sealed partial class StaticAssetsTests(SharedPlatform platform)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/board/1")]
    [InlineData("/judge")]
    [InlineData("/verify")]
    [InlineData("/")]
    public async Task A_page_names_fingerprinted_assets_and_its_import_map_is_the_one_inline_script_the_policy_allows(string page)
    {
        var response = await platform.Client.Http.GetAsync(page, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        var map = Assert.Single(ImportMap().Matches(html)).Groups[1].Value;
        Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map)))}'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        var imports = JsonNode.Parse(map)!["imports"]!.AsObject();
        Assert.Matches(@"^/js/i18n\.[a-z0-9]+\.js$", (string)imports["/js/i18n.js"]!);
        var references = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            Assert.Matches(@"\.[a-z0-9]{8,}\.(js|css)$", reference);
            var asset = await platform.Client.Http.GetAsync(reference, Cancel);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.NotEqual(0, asset.Content.Headers.ContentLength);
        }
    }

    [Fact]
    public async Task A_fingerprinted_module_is_the_same_file_and_comes_compressed_when_asked()
    {
        var html = await platform.Client.Http.GetStringAsync("/board/1", Cancel);
        var board = (string)JsonNode.Parse(ImportMap().Match(html).Groups[1].Value)!["imports"]!["/js/board.js"]!;
        using var plain = await platform.Client.Http.GetAsync("/js/board.js", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, board) { Headers = { { "Accept-Encoding", "gzip" } } };
        using var compressed = await platform.Client.Http.SendAsync(request, Cancel);

        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        var unzipped = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(Cancel), System.IO.Compression.CompressionMode.Decompress))
        {
            await gzip.CopyToAsync(unzipped, Cancel);
        }
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(Cancel), unzipped.ToArray());
    }

    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [GeneratedRegex("(?:src|href)=\"(/(?:js|css|lib)/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
