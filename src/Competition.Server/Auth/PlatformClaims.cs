using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Competition.Server.Auth;

/// <summary>Claim names the platform puts in its tokens, and how to read them.</summary>
public static class PlatformClaims
{
    public const string Role = "role";
    public const string CompetitionId = "competition_id";
    public const string JudgeId = "judge_id";
    public const string Organization = "organization";
    public const string OrganizationId = "organization_id";
    /// <summary>When the token was issued, in milliseconds: <c>iat</c> has whole seconds only, too coarse
    /// to tell a token from just before a sign-out from one just after.</summary>
    public const string IssuedAtMilliseconds = "iat_ms";

    /// <summary>The judge a token speaks for, if it is a judge token.</summary>
    public static (long CompetitionId, long JudgeId)? Judge(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(CompetitionId), out var competitionId)
        && long.TryParse(user.FindFirstValue(JudgeId), out var judgeId)
            ? (competitionId, judgeId)
            : null;

    /// <summary>The judge a token speaks for, when the token is for this competition.</summary>
    public static long? JudgeOf(this ClaimsPrincipal user, long competitionId) =>
        user.Judge() is { } judge && judge.CompetitionId == competitionId ? judge.JudgeId : null;

    /// <summary>Whether the token is the chief judge's of this competition.</summary>
    public static bool IsChiefOf(this ClaimsPrincipal user, long competitionId) =>
        user.IsInRole(Roles.ChiefJudge) && user.JudgeOf(competitionId) is not null;

    /// <summary>The organisation an HR officer's token speaks for ("" for other tokens).</summary>
    public static string OrganizationOf(this ClaimsPrincipal user) => user.FindFirstValue(Organization) ?? "";

    /// <summary>The registry organisation an account's token acts for (null for judges).</summary>
    public static long? OrganizationIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(OrganizationId), out var id) ? id : null;

    /// <summary>When the token was issued, to the millisecond where it says so.</summary>
    public static DateTimeOffset IssuedAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(IssuedAtMilliseconds), out var milliseconds) ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
        : DateTimeOffset.FromUnixTimeSeconds(long.Parse(user.FindFirstValue(JwtRegisteredClaimNames.Iat) ?? "0"));

    /// <summary>When the token stops being accepted.</summary>
    public static DateTimeOffset ExpiresAt(this ClaimsPrincipal user) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(user.FindFirstValue(JwtRegisteredClaimNames.Exp) ?? "0"));

    /// <summary>Who acts, as the ledger records it: <c>account:1</c> or <c>judge:7</c>.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? throw new InvalidOperationException("The token names no subject.");
}
