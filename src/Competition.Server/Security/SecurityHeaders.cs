using System.Security.Cryptography;
using System.Text;

namespace Competition.Server.Security;

/// <summary>
/// Headers every response carries: no sniffing, no referrer, no framing, and a Content-Security-Policy
/// that allows only this origin's scripts (no inline script but the pages' import map, by its hash). The API reference page (Scalar) has one
/// inline module script of its own; it runs under a per-response nonce instead. API answers are never
/// stored by a browser or a proxy: they carry tokens, PINs and people's records.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, Hosting.FingerprintedPages pages)
{
    private const string ReferencePath = "/scalar";

    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            headers.CacheControl = "no-store";
        }
        if (!context.Request.Path.StartsWithSegments(ReferencePath))
        {
            // The pages' one inline script is their import map, allowed by its hash alone.
            headers.ContentSecurityPolicy = Policy(context, scripts: $"'self' {pages.ImportMapHash}", styles: "'self'");
            await next(context);
            return;
        }
        await WithNonceAsync(context);
    }

    /// <summary>Buffers the reference page, stamps a nonce on its inline script, and allows that nonce.</summary>
    private async Task WithNonceAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = Encoding.UTF8.GetString(buffer.ToArray()).Replace("<script type=\"module\">", $"<script type=\"module\" nonce=\"{nonce}\">");
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentLength = bytes.Length;
            // The reference page styles itself at run time: inline styles are allowed there, inline scripts are not.
            context.Response.Headers.ContentSecurityPolicy = Policy(context, scripts: $"'self' 'nonce-{nonce}'", styles: "'self' 'unsafe-inline'");
            await original.WriteAsync(bytes, context.RequestAborted);
            return;
        }
        context.Response.Headers.ContentSecurityPolicy = Policy(context, scripts: "'self'", styles: "'self'");
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static string Policy(HttpContext context, string scripts, string styles)
    {
        var host = context.Request.Host.Value;
        return $"default-src 'self'; script-src {scripts}; style-src {styles}; img-src 'self' data:; " +
               $"connect-src 'self' ws://{host} wss://{host}; font-src 'self' data:; object-src 'none'; " +
               "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; worker-src 'self'";
    }
}
