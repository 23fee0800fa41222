namespace Competition.Domain.Access;

/// <summary>
/// Account names are one per person whatever the case it is typed in: <c>Admin</c> is <c>admin</c>. They
/// are kept and looked up in this one form, so the database's unique index keeps them apart.
/// </summary>
public static class Usernames
{
    public static string Normalize(string username) => username.Trim().ToLowerInvariant();
}
