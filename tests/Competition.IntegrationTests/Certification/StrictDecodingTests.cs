using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competition.Server.Certificates;
using Competition.Testing;

namespace Competition.IntegrationTests.Certification;

/// <summary>Text in the encodings Chinese offices save is read right; anything else is refused, never stored garbled.</summary>
public sealed class StrictDecodingTests(SharedPlatform platform)
{
    private const string Header = "name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners";
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task A_gb18030_bulk_file_with_an_english_level_certifies_the_holder_by_their_real_name()
    {
        var hr = await Client.HrOfficerTokenAsync($"随州市总工会-{Guid.NewGuid():N}"[..30]);
        var csv = $"{Header}\n欧阳娜,{Certifying.NewNationalId()},随州邮政,4-02-07-01,2022,快递员,,senior,social,78,81,,王芳\n";

        var issued = await PostAsync(Sheets.Gb18030Csv(csv), hr);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var certificate = Assert.Single((await issued.Content.ReadFromJsonAsync<BulkIssued>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Certificates);
        Assert.Equal("欧阳娜", certificate.Holder);
    }

    [Fact]
    public async Task Bytes_that_are_neither_utf8_nor_gb18030_and_text_already_garbled_are_refused_naming_the_row()
    {
        var hr = await Client.HrOfficerTokenAsync($"随州市总工会-{Guid.NewGuid():N}"[..30]);
        var before = (await Client.GetAsync<List<CertificateView>>("/api/certificates", hr)).Count;
        var line = $"欧阳娜,{Certifying.NewNationalId()},随州邮政,4-02-07-01,2022,快递员,,senior,social,78,81,,王芳\n";
        // A lone 0x80 is no character in either encoding.
        byte[] broken = [.. Sheets.Gb18030Csv($"{Header}\n"), 0x80, .. Sheets.Gb18030Csv(line)];
        // Text garbled before it reached us: U+FFFD where the name was.
        var garbled = Encoding.UTF8.GetBytes($"{Header}\n{line.Replace("欧阳娜", "\uFFFD\uFFFD\uFFFD")}");

        await (await PostAsync(broken, hr)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "bulk.unreadable");
        var refused = await (await PostAsync(garbled, hr)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(2, Assert.Single(refused.GetProperty("rows").EnumerateArray()).GetProperty("row").GetInt32());
        Assert.Equal(before, (await Client.GetAsync<List<CertificateView>>("/api/certificates", hr)).Count);
    }

    private Task<HttpResponseMessage> PostAsync(byte[] csv, string token) => Client.PostCsvAsync("/api/certificates/bulk", csv, token);
}
