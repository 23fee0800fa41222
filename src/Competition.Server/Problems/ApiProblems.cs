using Competition.Domain;
using Competition.Server.Certificates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Problems;

/// <summary>
/// The platform's one error shape (RFC 9457 problem details): a human <c>title</c>, a stable
/// machine-readable <c>code</c>, and <c>type</c> = <c>urn:competition:problem:{code}</c>.
/// </summary>
public static class ApiProblems
{
    public const string TypePrefix = "urn:competition:problem:";

    public static ProblemHttpResult Create(int status, string code, string title) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            type: TypePrefix + code,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The one mapping of a broken rule to its HTTP status. Takes an outcome's error as it is
    /// typed (nullable): a refused outcome always carries one.</summary>
    public static ProblemHttpResult ToProblem(this DomainError? refused)
    {
        var error = refused ?? throw new ArgumentNullException(nameof(refused), "Only a refusal maps to a problem.");
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Rows is { } rows)
        {
            // An upload refused as a whole: each bad row with every reason, under rows.
            extensions["rows"] = rows;
        }
        return TypedResults.Problem(statusCode: ProblemStatus(error.Kind), title: error.Message, type: TypePrefix + error.Code, extensions: extensions);
    }

    private static int ProblemStatus(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>A 404 for a competition, contestant or other resource the route names.</summary>
    public static ProblemHttpResult NotFound(string code, string message) => Create(StatusCodes.Status404NotFound, code, message);
}
