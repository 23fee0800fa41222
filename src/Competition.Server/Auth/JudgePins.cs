using System.Security.Cryptography;
using Competition.Domain.Access;

namespace Competition.Server.Auth;

/// <summary>Access PINs for judges: eight digits, typed on a tablet. Long enough for the guess budget
/// <see cref="SignInLimits.JudgePins"/> allows (the README works the arithmetic through).</summary>
public static class JudgePins
{
    public static string Generate() => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8");
}
