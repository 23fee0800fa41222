namespace Competition.Domain.Ledger;

/// <summary>Who acted, as ledgers and audit logs write it: an account, a judge, or the platform itself.</summary>
public static class Actors
{
    /// <summary>The platform acting on its own: a commitment made, a session that began, a lock-out.</summary>
    public const string Platform = "platform";

    public static string Account(long id) => $"account:{id}";

    public static string Judge(long id) => $"judge:{id}";

    /// <summary>The judge an actor is, if it is one.</summary>
    public static long? JudgeOf(string actor) =>
        actor.StartsWith("judge:", StringComparison.Ordinal) && long.TryParse(actor.AsSpan("judge:".Length), out var id) ? id : null;
}
