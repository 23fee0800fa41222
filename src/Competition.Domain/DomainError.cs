namespace Competition.Domain;

/// <summary>What kind of rule a request broke; the host maps it to an HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The request itself is wrong (out of range, malformed): 400.</summary>
    Invalid,
    /// <summary>Something the request names does not exist: 404.</summary>
    NotFound,
    /// <summary>The request is valid but the competition's state forbids it now: 409.</summary>
    Conflict,
    /// <summary>The caller may not do this: 403.</summary>
    Forbidden,
    /// <summary>A part the platform needs is failing; nothing was changed, the client may retry: 503.</summary>
    Unavailable,
}

/// <summary>A broken domain rule, with a stable machine-readable code and a human message; an upload
/// refused as a whole also names its bad rows, each with every reason.</summary>
public sealed record DomainError(ErrorKind Kind, string Code, string Message, IReadOnlyList<RowProblem>? Rows = null)
{
    /// <summary>An upload refused because of bad rows: nothing of it is stored.</summary>
    public static DomainError RowsRefused(string code, string message, IReadOnlyList<RowProblem> rows) => new(ErrorKind.Invalid, code, message, rows);
}
