using Microsoft.AspNetCore.Diagnostics;

namespace Competition.Server.Problems;

/// <summary>
/// Answers unreadable requests (malformed JSON, wrong types, bodies too large) with a 4xx problem
/// instead of a 500: nothing a client sends may look like a server fault.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.InnerException?.Message ?? bad.Message,
                Type = ApiProblems.TypePrefix + "request.unreadable",
                Extensions = { ["code"] = "request.unreadable" },
            },
        });
    }
}
