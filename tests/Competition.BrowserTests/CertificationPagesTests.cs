using System.Text;
using Competition.Domain.Certification;
using Competition.Domain.Marking;
using Competition.Server.Jury;
using Competition.Server.Promotions;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>
/// What certificate holders, verifiers and HR officers see: the public verification page (phone and
/// 1080p), the printable certificate with its QR code, and the HR console from a competition draft to a
/// revoked certificate and a refused bulk file.
/// </summary>
public sealed class CertificationPagesTests(BrowserPlatform platform)
{
    private const string Organization = "随州市总工会";

    [Fact]
    public async Task Anyone_verifies_a_certificate_by_number_and_prints_it_with_its_qr_code()
    {
        var hr = await platform.Client.HrOfficerTokenAsync(Organization);
        var valid = await platform.Client.CertifyNewWorkerAsync(hr, "欧阳明", SkillLevel.Technician);
        var revoked = await platform.Client.CertifyNewWorkerAsync(hr, "司马云");
        (await platform.Client.ChangeStatusAsync(hr, revoked.Number, "revoke", "证书信息有误，已重新签发")).EnsureSuccessStatusCode();

        // The QR code's link carries the certificate's token: the details show at once.
        var phone = await platform.NewPageAsync(390, 844, isMobile: true);
        await phone.GotoAsync($"/verify/{valid.Number}?token={valid.VerificationToken}");
        await Expect(phone.Locator("#state")).ToHaveTextAsync("有效");
        await Expect(phone.Locator("#details")).ToContainTextAsync("欧阳明");
        await Expect(phone.Locator("#details")).ToContainTextAsync("技师（国家职业技能等级二级）");
        await Expect(phone.Locator("#details")).Not.ToContainTextAsync(valid.MaskedNationalId[^4..]);
        await Expect(phone.Locator("#holder-form")).ToBeHiddenAsync();
        await platform.ScreenshotAsync(phone, "verify-valid-phone");

        // By number alone: the state only, until the holder is named.
        var screen = await platform.NewPageAsync(1920, 1080);
        await screen.GotoAsync("/verify");
        await screen.Locator("#number").FillAsync(revoked.Number);
        await screen.GetByRole(AriaRole.Button, new() { Name = "验证", Exact = true }).First.ClickAsync();
        await Expect(screen.Locator("#state")).ToHaveTextAsync("已撤销");
        await Expect(screen.Locator("#state-reason")).ToBeEmptyAsync();
        await Expect(screen.Locator("#details")).ToBeEmptyAsync();
        Assert.EndsWith($"/verify/{revoked.Number}", screen.Url);
        await screen.Locator("#holder").FillAsync("司马雨");
        await screen.GetByRole(AriaRole.Button, new() { Name = "查看证书内容" }).ClickAsync();
        await Expect(screen.Locator("#message")).ToHaveTextAsync("与该证书的持证人不符。");
        await screen.Locator("#holder").FillAsync("司马云");
        await screen.GetByRole(AriaRole.Button, new() { Name = "查看证书内容" }).ClickAsync();
        await Expect(screen.Locator("#details")).ToContainTextAsync("司马云");
        await Expect(screen.Locator("#state-reason")).ToContainTextAsync("证书信息有误，已重新签发");
        await screen.Locator("#holder-check summary").ClickAsync();
        await screen.Locator("#national-id").FillAsync(Certifying.NewNationalId());
        await screen.GetByRole(AriaRole.Button, new() { Name = "核对" }).ClickAsync();
        await Expect(screen.Locator("#check-answer")).ToHaveTextAsync("否：该证书不属于此身份证号的本人。");
        await platform.ScreenshotAsync(screen, "verify-revoked-1080p");
        await screen.GotoAsync("/verify/S000142130300262999999");
        await Expect(screen.Locator("#state")).ToHaveTextAsync("无效");
        await screen.Locator("#lang").ClickAsync();
        await Expect(screen.Locator("#state")).ToHaveTextAsync("Not genuine");
        await screen.Locator("#lang").ClickAsync();

        var print = await platform.NewPageAsync(1280, 900);
        await print.GotoAsync($"/verify/{valid.Number}?token={valid.VerificationToken}");
        await print.Locator("#print").ClickAsync();
        await Expect(print.Locator("#certificate")).ToBeVisibleAsync();
        await Expect(print.Locator("#statement")).ToContainTextAsync("欧阳明");
        await Expect(print.Locator("#number")).ToHaveTextAsync(valid.Number);
        await Expect(print.Locator("#qr svg")).ToBeVisibleAsync();
        Assert.EndsWith($"/verify/{valid.Number}?token={valid.VerificationToken}", await print.Locator("#qr").GetAttributeAsync("href"));
        await Expect(print.Locator("#watermark")).ToBeHiddenAsync();
        await platform.ScreenshotAsync(print, "certificate-screen");
        await print.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(print.Locator("header.bar")).ToBeHiddenAsync();
        await platform.ScreenshotAsync(print, "certificate-print", print: true);
        await print.GotoAsync($"/certificates/{revoked.Number}/print?token={revoked.VerificationToken}");
        await Expect(print.Locator("#watermark")).ToHaveTextAsync("已撤销");

        // The QR code leads to the same verification a phone camera would open, details included.
        var scanned = await platform.NewPageAsync(390, 844, isMobile: true);
        await scanned.GotoAsync((await print.Locator("#qr").GetAttributeAsync("href"))!);
        await Expect(scanned.Locator("#state")).ToHaveTextAsync("已撤销");
        await Expect(scanned.Locator("#details")).ToContainTextAsync("司马云");
        Assert.Empty(platform.ErrorsOf(phone).Concat(platform.ErrorsOf(screen)).Concat(platform.ErrorsOf(print)));
    }

    [Fact]
    public async Task An_hr_officer_approves_a_competition_draft_issues_records_revokes_and_sees_a_bulk_file_refused()
    {
        var client = platform.Client;
        var (_, username, password) = await client.CreateAccountAsync("hr-officer", Organization);
        var nationalId = await DraftedPromotionAsync();

        var tablet = await platform.NewPageAsync(1280, 800, isMobile: true);
        await BrowserPlatform.SignInAsync(tablet, "/hr", username, password);
        var draftRow = tablet.Locator("#drafts tbody tr", new() { HasText = nationalId[^4..] });
        await Expect(draftRow).ToContainTextAsync("第 1 名");
        await Expect(draftRow).ToContainTextAsync("高级工");
        await platform.ScreenshotAsync(tablet, "hr-drafts-tablet");
        await draftRow.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已批准");

        await tablet.Locator("[data-tab='assessments']").ClickAsync();
        var approvedRow = tablet.Locator("#assessments tbody tr", new() { HasText = nationalId[^4..] });
        await approvedRow.GetByRole(AriaRole.Button, new() { Name = "发证" }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("证书已签发");
        await Expect(approvedRow.Locator("a.mono")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^S\\d{14}3\\d{6}$"));

        // An assessment recorded by hand, failed on theory, gets no issue button.
        await tablet.Locator("#a-id").FillAsync(Certifying.NewNationalId());
        await tablet.Locator("#a-name").FillAsync("诸葛亮");
        await tablet.Locator("#a-employer").FillAsync("随州邮政");
        await tablet.Locator("#a-code").FillAsync("4-02-07-01");
        await tablet.Locator("#a-occupation").FillAsync("快递员");
        await tablet.Locator("#a-level").SelectOptionAsync("intermediate");
        await tablet.Locator("#a-theory").FillAsync("55");
        await tablet.Locator("#a-practical").FillAsync("90");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "保存评价" }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("未通过");
        await Expect(tablet.Locator("#assessments tbody tr", new() { HasText = "诸葛亮" })).ToContainTextAsync("未通过");
        await platform.ScreenshotAsync(tablet, "hr-assessments-tablet");

        await tablet.Locator("[data-tab='certificates']").ClickAsync();
        var certificateRow = tablet.Locator("#certificates tbody tr", new() { HasText = nationalId[^4..] });
        await certificateRow.GetByRole(AriaRole.Button, new() { Name = "撤销" }).ClickAsync();
        await tablet.Locator("#reason").FillAsync("竞赛成绩更正后不再符合晋级条件");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Expect(certificateRow).ToContainTextAsync("已撤销");
        await Expect(certificateRow).ToContainTextAsync("竞赛成绩更正后不再符合晋级条件");
        // The worker's profile follows the competition result to the promotion and its certificate.
        await certificateRow.GetByRole(AriaRole.Button, new() { Name = "选手1" }).ClickAsync();
        var history = tablet.Locator("#profile-competitions li");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history).ToContainTextAsync("晋级审批 浏览器测试");
        await Expect(history).ToContainTextAsync("第 1 名");
        await Expect(history.Locator(".promotion")).ToContainTextAsync("高级工");
        await Expect(history.Locator(".promotion")).ToContainTextAsync("已撤销");
        await platform.ScreenshotAsync(tablet, "hr-worker-history-tablet");

        var screen = await platform.NewPageAsync(1920, 1080);
        // Another device: signs in again (the session lives in the tab).
        await BrowserPlatform.SignInAsync(screen, "/hr", username, password);
        await screen.Locator("[data-tab='certificates']").ClickAsync();
        await Expect(screen.Locator("#certificates tbody tr", new() { HasText = nationalId[^4..] })).ToContainTextAsync("已撤销");
        await platform.ScreenshotAsync(screen, "hr-certificates-1080p");
        await screen.Locator("[data-tab='bulk']").ClickAsync();
        var csv = "name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners\n" +
            $"宋佳,{Certifying.NewNationalId()},随州邮政,4-02-07-01,2022,快递员,,高级工,social,78,81,,王芳\n" +
            "唐宁,12345,随州邮政,4-02-7-01,2022,快递员,,大师,social,50,81,,\n";
        await screen.Locator("#bulk-file").SetInputFilesAsync(new FilePayload { Name = "issue.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await screen.GetByRole(AriaRole.Button, new() { Name = "检查并发证" }).ClickAsync();
        await Expect(screen.Locator("#console-message")).ToContainTextAsync("一张也未签发");
        await Expect(screen.Locator("#bulk-report tbody tr")).ToHaveCountAsync(1);
        await Expect(screen.Locator("#bulk-report tbody tr")).ToContainTextAsync("nationalId：身份证号");
        await platform.ScreenshotAsync(screen, "hr-bulk-refused-1080p");
        Assert.Empty(platform.ErrorsOf(tablet).Concat(platform.ErrorsOf(screen)));
    }

    /// <summary>A competition whose winner (registered with a national ID) is drafted for 高级工 when the
    /// results are locked. Returns the winner's national ID.</summary>
    private async Task<string> DraftedPromotionAsync()
    {
        var client = platform.Client;
        var organizer = await client.OrganizerTokenAsync();
        (await client.SendAsync(HttpMethod.Put, "/api/promotion-rules/browser-test", new PromotionRulesRequest(
            [new PromotionRule("enterprise", SkillLevel.Senior, SkillLevel.Technician, TopRanks: 1)]), organizer)).EnsureSuccessStatusCode();
        var nationalId = Certifying.NewNationalId();
        var request = SampleCompetition.Request("晋级审批 浏览器测试").WithChief();
        var competition = await client.CreateCompetitionAsync(request with
        {
            Contestants = request.Contestants!.Select((c, i) => i == 0 ? c with { NationalId = nationalId } : c).ToList(),
        });
        (await client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/promotion",
            new PromotionLink("browser-test", "enterprise", "6-18-02-04", "2022", "焊工", null, Organization), organizer)).EnsureSuccessStatusCode();
        var measurement = competition.MarkingScheme.Modules[0].Aspects.Single(a => a.Kind == AspectKind.Measurement).Id;
        (await client.SubmitMarkAsync(competition.Id, await client.JudgeTokenAsync(competition), competition.Contestants[0].Id, measurement, 10m)).EnsureSuccessStatusCode();
        (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock",
            new LockRequest("browser test: one mark"), await client.ChiefTokenAsync(competition))).EnsureSuccessStatusCode();
        return nationalId;
    }
}
