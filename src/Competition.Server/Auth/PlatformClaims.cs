using System.Security.Claims;

namespace Competition.Server.Auth;

/// <summary>Claim names the platform puts in its tokens, and how to read them.</summary>
public static class PlatformClaims
{
    public const string Role = "role";
    public const string CompetitionId = "competition_id";
    public const string JudgeId = "judge_id";

    /// <summary>The judge a token speaks for, if it is a judge token.</summary>
    public static (long CompetitionId, long JudgeId)? Judge(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(CompetitionId), out var competitionId)
        && long.TryParse(user.FindFirstValue(JudgeId), out var judgeId)
            ? (competitionId, judgeId)
            : null;
}
