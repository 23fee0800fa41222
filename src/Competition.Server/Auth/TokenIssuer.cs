using System.Security.Claims;
using Competition.Data.Entities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Competition.Server.Auth;

/// <summary>Issues the platform's bearer tokens (JWT, HMAC-SHA256).</summary>
public sealed class TokenIssuer(SigningKeys keys, TimeProvider time)
{
    public const string Issuer = "competition-platform";
    public const string Audience = "competition-platform";

    /// <summary>Account tokens are short-lived; the refresh token gets the next one.</summary>
    public static readonly TimeSpan AccountLifetime = TimeSpan.FromMinutes(15);

    /// <summary>A judge's competition day: tablets go offline for hours and must not lose the right to send
    /// their queue; the token is good for one competition only and sign-out revokes it.</summary>
    public static readonly TimeSpan JudgeLifetime = TimeSpan.FromHours(14);

    /// <param name="account">With its <see cref="AccountEntity.Organization"/> loaded.</param>
    public string ForAccount(AccountEntity account)
    {
        Claim[] claims =
        [
            new(JwtRegisteredClaimNames.Sub, $"account:{account.Id}"),
            new(JwtRegisteredClaimNames.Name, account.Username),
            new(PlatformClaims.Role, account.Role),
        ];
        if (account.Role == Roles.Administrator)
        {
            claims = [.. claims, new(PlatformClaims.Role, Roles.Organizer)];
        }
        return Issue(AccountLifetime, account.Organization is { } organization
            ? [.. claims, new(PlatformClaims.Organization, organization.Name), new(PlatformClaims.OrganizationId, organization.Id.ToString())]
            : claims);
    }

    public string ForJudge(long competitionId, long judgeId, bool isChief)
    {
        Claim[] claims =
        [
            new(JwtRegisteredClaimNames.Sub, $"judge:{judgeId}"),
            new(PlatformClaims.Role, Roles.Judge),
            new(PlatformClaims.CompetitionId, competitionId.ToString()),
            new(PlatformClaims.JudgeId, judgeId.ToString()),
        ];
        return Issue(JudgeLifetime, isChief ? [.. claims, new(PlatformClaims.Role, Roles.ChiefJudge)] : claims);
    }

    private string Issue(TimeSpan lifetime, params Claim[] claims)
    {
        var issued = time.GetUtcNow();
        var now = issued.UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([.. claims, new Claim(PlatformClaims.IssuedAtMilliseconds, issued.ToUnixTimeMilliseconds().ToString(), ClaimValueTypes.Integer64)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(keys.Current, SecurityAlgorithms.HmacSha256),
        });
    }
}
