using System.Data;
using System.Security.Claims;
using Competition.Domain;
using Competition.Grains.Contracts;
using Competition.Server.Hosting;
using Competition.Server.Auth;
using Competition.Server.Imports;
using Competition.Server.Problems;
using Competition.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace Competition.Server.Sheets;

/// <summary>
/// What a competition takes from spreadsheets (an uploaded .xlsx or CSV in UTF-8 or GB18030, as the
/// multipart field <c>file</c> or as the raw body): registration of contestants and judges, theory scores
/// and completion times; and the blank templates the office sends to nominating units.
/// </summary>
public static class SheetsApi
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapSheetsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/competitions/{id:long}").WithTags("Registration")
            .RequireAuthorization(Roles.Organizer)
            .RequireRunning();
        imports.MapPost("/contestants/import", ImportContestantsAsync).WithSummary("Register contestants from a sheet (编号,姓名,单位,身份证号,列外), in draft: all rows or none.");
        imports.MapPost("/judges/import", ImportJudgesAsync).WithSummary("Register judges from a sheet (姓名,单位,总裁判), in draft; answers each new judge's PIN once.");
        imports.MapPost("/theory/import", ImportTheoryAsync).WithSummary("Theory-exam scores from a sheet (编号,成绩): all rows or none.");
        imports.MapPost("/completion-times/import", ImportCompletionTimesAsync).WithSummary("Completion times in minutes from a sheet (编号,用时): all rows or none.");
        app.MapGet("/api/sheet-templates/{kind}", TemplateAsync).ProducesFile(XlsxType).WithTags("Registration").RequireRateLimiting(RateLimits.Public)
            .WithSummary("The blank sheet (.xlsx) for contestants, judges, theory or completion-times.");
        return app;
    }

    public static Task<Results<Created<RegistrationImported>, Ok<RegistrationImported>, ProblemHttpResult>> ImportContestantsAsync(
        long id, HttpRequest http, ClaimsPrincipal user, RegistrationImporter importer, CancellationToken cancellationToken) =>
        RegisterAsync(id, RegistrationSheets.Contestants, http, user, importer, cancellationToken);

    public static Task<Results<Created<RegistrationImported>, Ok<RegistrationImported>, ProblemHttpResult>> ImportJudgesAsync(
        long id, HttpRequest http, ClaimsPrincipal user, RegistrationImporter importer, CancellationToken cancellationToken) =>
        RegisterAsync(id, RegistrationSheets.Judges, http, user, importer, cancellationToken);

    public static Task<Results<Ok<Recorded>, ProblemHttpResult>> ImportTheoryAsync(
        long id, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken) =>
        FiguresAsync(id, FigureSheets.Theory, http, user, grains, cancellationToken);

    public static Task<Results<Ok<Recorded>, ProblemHttpResult>> ImportCompletionTimesAsync(
        long id, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken) =>
        FiguresAsync(id, FigureSheets.CompletionTimes, http, user, grains, cancellationToken);

    public static Results<FileContentHttpResult, ProblemHttpResult> TemplateAsync(string kind)
    {
        IReadOnlyList<SheetColumn>? columns = kind switch
        {
            RegistrationSheets.Contestants or RegistrationSheets.Judges => RegistrationSheets.ColumnsOf(kind),
            FigureSheets.Theory or FigureSheets.CompletionTimes => FigureSheets.ColumnsOf(kind),
            _ => null,
        };
        if (columns is null)
        {
            return ApiProblems.NotFound("template.not-found", "Templates: contestants, judges, theory, completion-times.");
        }
        // A table with its header and no rows: the office's own rows go underneath.
        var sheet = new DataTable(kind);
        foreach (var column in columns)
        {
            sheet.Columns.Add(column.Aliases[0], typeof(string));
        }
        using var workbook = new MemoryStream();
        workbook.SaveAs(sheet, excelType: ExcelType.XLSX, sheetName: "报名表");
        return TypedResults.File(workbook.ToArray(), XlsxType, $"{kind}-template.xlsx");
    }

    private static async Task<Results<Created<RegistrationImported>, Ok<RegistrationImported>, ProblemHttpResult>> RegisterAsync(
        long id, string kind, HttpRequest http, ClaimsPrincipal user, RegistrationImporter importer, CancellationToken cancellationToken)
    {
        var result = await importer.ImportAsync(id, kind, await Uploads.ReadAsync(http, cancellationToken), user.Actor(), cancellationToken);
        if (result.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var imported = result.Value!;
        return imported.AlreadyImported ? TypedResults.Ok(imported) : TypedResults.Created($"/api/competitions/{id}", imported);
    }

    private static async Task<Results<Ok<Recorded>, ProblemHttpResult>> FiguresAsync(
        long id, string kind, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var table = SpreadsheetTable.Read(await Uploads.ReadAsync(http, cancellationToken), FigureSheets.ColumnsOf(kind), RegistrationSheets.MaximumRows,
            RegistrationSheets.Unreadable);
        if (table.Error is { } unreadable)
        {
            return unreadable.ToProblem();
        }
        var competition = grains.Competition(id);
        var read = FigureSheets.Read(table.Value!, kind, (await competition.GetViewAsync())!.Contestants);
        if (read.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var figures = read.Value!;
        var outcome = kind == FigureSheets.Theory
            ? await competition.ImportTheoryAsync(figures, user.Actor())
            : await competition.RecordCompletionTimesAsync(figures, user.Actor());
        return outcome.ToHttp();
    }
}
