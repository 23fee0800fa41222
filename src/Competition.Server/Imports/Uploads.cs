namespace Competition.Server.Imports;

/// <summary>Request bodies that are files (CSV uploads): read whole, since the readers and hashes want all of it.</summary>
public static class Uploads
{
    public static async Task<byte[]> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        // The body is size-limited by the host (4 MB), so holding it is safe.
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }
}
