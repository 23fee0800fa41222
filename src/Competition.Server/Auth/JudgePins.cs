using System.Security.Cryptography;

namespace Competition.Server.Auth;

/// <summary>Access PINs for judges: six digits, typed on a tablet; guessing is stopped by the judge grain's lock-out.</summary>
public static class JudgePins
{
    public static string Generate() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
}
