namespace Competition.Domain.Ledger;

/// <summary>Who acted, as ledgers and audit logs write it: an account, a judge, or the platform itself.</summary>
public static class Actors
{
    /// <summary>The platform acting on its own: a commitment made, a session that began, a lock-out.</summary>
    public const string Platform = "platform";

    public static string Account(long id) => $"account:{id}";
}
