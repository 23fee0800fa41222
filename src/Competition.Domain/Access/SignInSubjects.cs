using Competition.Domain.Ledger;

namespace Competition.Domain.Access;

/// <summary>Whose sign-in attempts are counted together. Accounts count by the username typed, so that an
/// unknown username is counted (and refused) exactly as an existing one is.</summary>
public static class SignInSubjects
{
    public static string Account(string normalizedUsername) => $"user:{normalizedUsername}";

    public static string Judge(long judgeId) => Actors.Judge(judgeId);

    /// <summary>Guesses at one certificate's holder count together, however they are asked.</summary>
    public static string CertificateHolder(string number) => $"certificate:{number}";
}
