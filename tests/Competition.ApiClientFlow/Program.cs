// A whole flow through the Kiota client generated from the platform's live OpenAPI document: an
// organizer creates and starts a competition, a judge signs in and marks, the board and (once the chief
// judge locks them) the results are read, an HR officer certifies a worker and anyone verifies the
// certificate. Every call goes through the generated code; any mismatch with the document fails here.
//
//   dotnet run --project tests/Competition.ApiClientFlow -- <base URL> <admin password>
using Competition.ApiClient;
using Competition.ApiClient.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var (baseUrl, adminPassword) = (args[0].TrimEnd('/'), args[1]);

PlatformApiClient ClientFor(string? token)
{
    var http = new HttpClient();
    if (token is not null)
    {
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }
    return new PlatformApiClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl });
}

void Expect(bool holds, string what)
{
    if (!holds)
    {
        throw new InvalidOperationException($"Flow failed: {what}");
    }
}

var anonymous = ClientFor(null);
var admin = ClientFor((await anonymous.Api.Auth.Token.PostAsync(new TokenRequest { Username = "admin", Password = adminPassword }))!.Token);

var created = (await admin.Api.Competitions.PostAsync(new CreateCompetitionRequest
{
    Name = $"Kiota 客户端流程 {Guid.NewGuid():N}"[..24],
    Occupation = "6-18-02-04 焊工",
    MarkingScheme = new MarkingSchemeRequest
    {
        Modules = [new ModuleRequest { Name = "实操", Weight = 1, Aspects = [new AspectRequest { Name = "焊缝外观", Kind = AspectKind.Graded, MaxMark = 10 }] }],
    },
    Contestants = [new ContestantRequest { Bib = "001", Name = "客户端选手", Employer = "程力专汽" }],
    Judges = [new JudgeRequest { Name = "陈静", Employer = "随州职业技术学院" }, new JudgeRequest { Name = "赵建国", Employer = "市总工会", IsChief = true }],
}))!;
var competition = admin.Api.Competitions[created.Id!.Value];
Expect((await competition.Start.PostAsync())!.Status == CompetitionStatus.Live, "the competition started");

var judge = created.Judges!.Single(j => j.IsChief != true);
var judgeToken = (await anonymous.Api.Auth.Judge.PostAsync(new JudgeTokenRequest { CompetitionId = created.Id, JudgeId = judge.Id, Pin = judge.Pin }))!.Token;
var contestant = created.Contestants![0].Id;
var aspect = created.MarkingScheme!.Modules![0].Aspects![0].Id;
var mark = await ClientFor(judgeToken).Api.Competitions[created.Id.Value].Marks.PostAsync(
    new SubmitMarkRequest { SubmissionId = Guid.NewGuid(), ContestantId = contestant, AspectId = aspect, Value = 8 });
Expect(mark!.Accepted == true && mark.Sequence > 0, "the mark was acknowledged");

LeaderboardSnapshot board;
var waited = 0;
do
{
    board = (await anonymous.Api.Competitions[created.Id.Value].Leaderboard.GetAsync())!;
}
while (board.Rows![0].Total != 8 && waited++ < 50 && await Task.Delay(100).ContinueWith(_ => true));
Expect(board.Rows[0].Total == 8, $"the board shows the mark (total {board.Rows[0].Total})");

var chiefJudge = created.Judges!.Single(j => j.IsChief == true);
var chiefToken = (await anonymous.Api.Auth.Judge.PostAsync(new JudgeTokenRequest { CompetitionId = created.Id, JudgeId = chiefJudge.Id, Pin = chiefJudge.Pin }))!.Token;
await ClientFor(chiefToken).Api.Competitions[created.Id.Value].Results.Lock.PostAsync(new LockRequest { Reason = "全部评分完成" });
var results = (await anonymous.Api.Competitions[created.Id.Value].Results.GetAsync())!;
Expect(results.Rows!.Single() is { Rank: 1, Total: 8 }, "the results rank the contestant first with 8");

var hrName = $"kiota-hr-{Guid.NewGuid():N}"[..20];
await admin.Api.Accounts.PostAsync(new CreateAccountRequest { Username = hrName, Password = "kiota-flow-password", Role = "hr-officer", Organization = "随州市总工会" });
var hr = ClientFor((await anonymous.Api.Auth.Token.PostAsync(new TokenRequest { Username = hrName, Password = "kiota-flow-password" }))!.Token);
var worker = (await hr.Api.Workers.PostAsync(new WorkerRequest { Name = "客户端工人", Employer = "程力专汽", NationalId = args[2] }))!;
var assessment = (await hr.Api.Assessments.PostAsync(new AssessmentRequest
{
    WorkerId = worker.Id, OccupationCode = "6-18-02-04", OccupationEdition = "2022", OccupationName = "焊工", TargetLevel = SkillLevel.Senior,
    Route = AssessmentRoute.EnterpriseSelfEvaluation, Examiners = ["王芳", "李强"],
    Components = [new ComponentScore { Kind = AssessmentComponentKind.Theory, Score = 80 }, new ComponentScore { Kind = AssessmentComponentKind.Practical, Score = 75 }],
}))!;
Expect(assessment.Status == AssessmentStatus.Passed, "the assessment passed");
var certificate = (await hr.Api.Certificates.PostAsync(new IssueRequest { AssessmentId = assessment.Id }))!;

var byNumber = (await anonymous.Api.Certificates[certificate.Number].Verify.GetAsync())!;
Expect(byNumber.State == CertificateState.Valid && byNumber.DetailsWithheld == true && byNumber.Certificate is null, "by number alone: valid, no details");
var byToken = (await anonymous.Api.Certificates[certificate.Number].Verify.GetAsync(c => c.QueryParameters.Token = certificate.VerificationToken))!;
Expect(byToken.Certificate?.Holder == "客户端工人", "with the QR token: the holder");
using var credential = new StreamReader((await anonymous.Api.Certificates[certificate.Number].Credential.GetAsync(c => c.QueryParameters.Token = certificate.VerificationToken))!);
Expect((await credential.ReadToEndAsync()).Split('.').Length == 3, "the signed credential is a JWT");
Console.WriteLine($"flow ok: competition {created.Id}, certificate {certificate.Number}");
