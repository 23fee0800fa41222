using System.Security.Claims;
using Competition.Server.Auth;
using Competition.Server.Hosting;
using Competition.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Backups;

/// <summary>
/// Online backups of the single-machine venue server, for administrators: taken while marks keep flowing,
/// listed, downloaded. The way back is the server's <c>restore</c> command (README). Taking one is audited.
/// </summary>
public static class BackupsApi
{
    public const string SqliteType = "application/vnd.sqlite3";

    public static IEndpointRouteBuilder MapBackupsApi(this IEndpointRouteBuilder app)
    {
        var backups = app.MapGroup("/api/admin/backups").WithTags("Backups").RequireAuthorization(Roles.Administrator);
        backups.MapPost("/", TakeAsync)
            .WithSummary("Back up the SQLite database now, consistently, while marks keep being written (VACUUM INTO). 409 backup.not-sqlite on the server databases.");
        backups.MapGet("/", List).WithSummary("The backups kept on this server, newest first.");
        backups.MapGet("/{name}", Download).ProducesFile(SqliteType).WithSummary("One backup's file (a SQLite database). 404 backup.not-found.");
        return app;
    }

    public static async Task<Results<Created<BackupView>, ProblemHttpResult>> TakeAsync(
        BackupFolder folder, AdminAuditLog audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await folder.TakeAsync(cancellationToken) is not { } backup)
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "backup.not-sqlite",
                "The platform backs up its SQLite database only; back up PostgreSQL or SQL Server with the database server's own tools.");
        }
        await audit.RecordAsync(user.Actor(), "backup.taken", $"backup:{backup.Name}", $"{backup.SizeBytes} bytes");
        return TypedResults.Created($"/api/admin/backups/{backup.Name}", backup);
    }

    public static Ok<IReadOnlyList<BackupView>> List(BackupFolder folder) => TypedResults.Ok(folder.List());

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Download(string name, BackupFolder folder) =>
        folder.Find(name) is { } path
            ? TypedResults.PhysicalFile(path, SqliteType, name)
            : ApiProblems.NotFound("backup.not-found", $"There is no backup {name}.");
}
