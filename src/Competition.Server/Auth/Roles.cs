namespace Competition.Server.Auth;

/// <summary>Role names carried in tokens and the policies endpoints require.</summary>
public static class Roles
{
    public const string Organizer = "organizer";
    /// <summary>Manages organisations and accounts and may do everything an organizer may, on every
    /// competition; its tokens carry the organizer role too.</summary>
    public const string Administrator = "administrator";
    public const string HrOfficer = "hr-officer";
    public const string Negotiator = "negotiator";

    /// <summary>The roles an account (signing in with a password) may hold.</summary>
    public static readonly IReadOnlyList<string> AccountRoles = [Organizer, HrOfficer, Negotiator, Administrator];

    /// <summary>Policy: any account signed in with a password (not a judge).</summary>
    public const string Account = "account";
    public const string Judge = "judge";
    /// <summary>A judge token of a chief judge carries this role too.</summary>
    public const string ChiefJudge = "chief-judge";

    /// <summary>Policy: an organizer, or the chief judge of the competition in the route.</summary>
    public const string Jury = "jury";
}
