using System.Security.Claims;
using Competition.Domain;
using Competition.Domain.Rules;
using Competition.Domain.Standings;
using Competition.Grains.Contracts;
using Competition.Server.Sheets;
using Competition.Server.Hosting;
using Competition.Server.Auth;
using Competition.Server.Imports;
using Competition.Server.Problems;
using Competition.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace Competition.Server.Rankings;

/// <summary>
/// Results: the ranking with awards, as JSON, CSV or an Excel workbook. Published once the chief judge
/// has locked them and the public board is live; before that, only the jury sees them.
/// </summary>
public static class ResultsApi
{
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/competitions/{id:long}").WithTags("Results").RequireRateLimiting(RateLimits.Public);
        group.MapGet("/results", GetAsync).WithSummary("The ranking with awards (public once final and the board is live).");
        group.MapGet("/results.csv", CsvAsync).ProducesText("text/csv").WithSummary("The results as CSV (UTF-8), one line per contestant, module totals included.");
        group.MapGet("/results.xlsx", ExcelAsync).ProducesFile(SheetsApi.XlsxType).WithSummary("The results as an Excel workbook.");
        return app;
    }

    public static async Task<Results<Ok<ResultsView>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes) =>
        (await PublishedAsync(id, user, grains, scopes)).ToHttp(TypedResults.Ok);

    public static async Task<IResult> CsvAsync(long id, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes) =>
        await ExportAsync(id, user, grains, scopes, CsvExport.Write, "text/csv; charset=utf-8", "csv");

    public static async Task<IResult> ExcelAsync(long id, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes) =>
        await ExportAsync(id, user, grains, scopes, Workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static async Task<IResult> ExportAsync(long id, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes,
        Func<IEnumerable<Dictionary<string, object?>>, byte[]> write, string contentType, string extension)
    {
        var published = await PublishedAsync(id, user, grains, scopes);
        if (published.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var view = (await grains.Competition(id).GetViewAsync())!;
        return TypedResults.File(write(Rows(view, published.Value!)), contentType, $"results-{id}.{extension}");
    }

    /// <summary>An .xlsx workbook: its cells are typed, so text in it is never run as a formula.</summary>
    private static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>One row per contestant, headed in Chinese as the organisers file them.</summary>
    private static IEnumerable<Dictionary<string, object?>> Rows(CompetitionView view, ResultsView results) =>
        results.Rows.Select(row =>
        {
            var line = new Dictionary<string, object?>
            {
                ["名次"] = row.Rank?.ToString() ?? "不排名",
                ["号码"] = row.Bib,
                ["姓名"] = row.Name,
                ["单位"] = row.Employer,
            };
            foreach (var module in view.MarkingScheme.Modules)
            {
                line[module.Name] = row.Modules.FirstOrDefault(m => m.ModuleId == module.Id)?.Total;
            }
            line["理论"] = row.Theory;
            line["总分"] = row.Total;
            line["标准分"] = row.Standardised;
            line["奖项"] = row.Award is { } award ? AwardNames.Chinese(award) : null;
            line["称号"] = row.Title;
            return line;
        });

    private static async Task<Outcome<ResultsView>> PublishedAsync(long id, ClaimsPrincipal user, IGrainFactory grains, CompetitionScopes scopes)
    {
        var competition = grains.Competition(id);
        // Names while judging is blind are the organizers' alone; the chief judge too sees numbers until the decryption.
        var identities = await scopes.RunsCompetitionAsync(user, id);
        if (await competition.GetResultsAsync(identities) is not { } results)
        {
            return new DomainError(ErrorKind.NotFound, "competition.not-found", $"Competition {id} does not exist.");
        }
        var published = results.Final && (await competition.GetLeaderboardAsync())!.Phase == BoardPhase.Live;
        return published || identities || user.IsChiefOf(id)
            ? results
            : new DomainError(ErrorKind.Forbidden, "results.not-published", "The results are published once the chief judge locks them and the board is live.");
    }
}
