using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime.Messaging;

namespace Competition.Server.Problems;

/// <summary>
/// Answers the exceptions that are not the server's fault with a problem instead of a 500: unreadable
/// requests (malformed JSON, wrong types, bodies too large) with their 4xx, so nothing a client sends
/// looks like a server fault; and a host of the cluster lost mid-call with 503 and Retry-After, since the
/// cluster moves what it held to another host within seconds and the same request then succeeds (a mark
/// resent with its submission id is never counted twice).
/// </summary>
internal sealed class ExceptionProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>How long a client waits before trying again after a host was lost.</summary>
    private const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "request.unreadable", "The request could not be read.", bad.InnerException?.Message ?? bad.Message),
            OrleansMessageRejectionException or ConnectionFailedException or TimeoutException =>
                (StatusCodes.Status503ServiceUnavailable, "cluster.unavailable", "A host of the platform was lost; try again in a moment.",
                    "What that host held is moving to another one."),
            _ => (0, "", "", ""),
        };
        if (status == 0)
        {
            return false;
        }
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = detail,
                Type = ApiProblems.TypePrefix + code,
                Extensions = { ["code"] = code },
            },
        });
    }
}
