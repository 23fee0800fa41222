namespace Competition.Server.Problems;

/// <summary>
/// The problems ASP.NET Core writes by itself (a query value that does not parse, an unknown route, a wrong method, a
/// refused sign-in) carry a stable <c>code</c> and type like every refusal of the platform's own: clients tell
/// refusals apart by <c>code</c>, never by wording.
/// </summary>
internal static class FrameworkProblems
{
    public static void AddCode(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }
        var code = problem.Status switch
        {
            StatusCodes.Status400BadRequest => "request.unreadable",
            StatusCodes.Status401Unauthorized => "auth.required",
            StatusCodes.Status403Forbidden => "auth.forbidden",
            StatusCodes.Status404NotFound => "route.not-found",
            StatusCodes.Status405MethodNotAllowed => "route.method-not-allowed",
            StatusCodes.Status413PayloadTooLarge => "request.too-large",
            StatusCodes.Status415UnsupportedMediaType => "request.unsupported-media-type",
            { } status => $"http.{status}",
            null => "http.error",
        };
        problem.Type = ApiProblems.TypePrefix + code;
        problem.Extensions["code"] = code;
    }
}
