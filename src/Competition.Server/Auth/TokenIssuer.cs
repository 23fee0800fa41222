using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Competition.Server.Auth;

/// <summary>Issues the platform's bearer tokens (JWT, HMAC-SHA256).</summary>
public sealed class TokenIssuer(SigningKeys keys, TimeProvider time)
{
    public const string Issuer = "competition-platform";
    public const string Audience = "competition-platform";

    /// <summary>An organizer's working day.</summary>
    public static readonly TimeSpan OrganizerLifetime = TimeSpan.FromHours(8);

    /// <summary>A judge's competition day, so a tablet does not sign out mid-marking.</summary>
    public static readonly TimeSpan JudgeLifetime = TimeSpan.FromHours(14);

    public string ForOrganizer(long accountId, string username) => Issue(OrganizerLifetime,
        new Claim(JwtRegisteredClaimNames.Sub, $"account:{accountId}"),
        new Claim(JwtRegisteredClaimNames.Name, username),
        new Claim(PlatformClaims.Role, Roles.Organizer));

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
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(keys.Current, SecurityAlgorithms.HmacSha256),
        });
    }
}
