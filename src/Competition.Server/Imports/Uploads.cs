namespace Competition.Server.Imports;

/// <summary>
/// Uploaded files: either a multipart form's field <c>file</c> (what a browser's file input sends) or the
/// raw body (<c>text/csv</c>, as scripts send it). Read whole, since the readers and hashes want all of it;
/// the host limits the body to 4 MB, so holding it is safe.
/// </summary>
public static class Uploads
{
    public const string FileField = "file";

    public static async Task<byte[]> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile(FileField) is { } file)
            {
                await file.CopyToAsync(body, cancellationToken);
            }
            return body.ToArray();
        }
        await http.Body.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }
}
