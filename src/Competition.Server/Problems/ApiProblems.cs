using Competition.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Problems;

/// <summary>
/// The platform's one error shape (RFC 9457 problem details): a human <c>title</c>, a stable
/// machine-readable <c>code</c>, and <c>type</c> = <c>urn:competition:problem:{code}</c>.
/// </summary>
public static class ApiProblems
{
    public const string TypePrefix = "urn:competition:problem:";

    /// <param name="rows">An upload refused as a whole: each bad row with every reason, under <c>rows</c>.</param>
    public static ProblemHttpResult Create(int status, string code, string title, IReadOnlyList<RowProblem>? rows = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (rows is not null)
        {
            extensions["rows"] = rows;
        }
        return TypedResults.Problem(statusCode: status, title: title, type: TypePrefix + code, extensions: extensions);
    }

    /// <summary>The one mapping of a broken rule to its HTTP status. Takes an outcome's error as it is
    /// typed (nullable): a refused outcome always carries one.</summary>
    public static ProblemHttpResult ToProblem(this DomainError? refused)
    {
        var error = refused ?? throw new ArgumentNullException(nameof(refused), "Only a refusal maps to a problem.");
        return Create(ProblemStatus(error.Kind), error.Code, error.Message, error.Rows);
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

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least one): refused at once, never slowed down.</summary>
    public static ProblemHttpResult TooManyRequests(HttpResponse response, TimeSpan wait, string code, string title)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
        return Create(StatusCodes.Status429TooManyRequests, code, title);
    }
}
