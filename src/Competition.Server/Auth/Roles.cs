namespace Competition.Server.Auth;

/// <summary>Role names carried in tokens and required by endpoints.</summary>
public static class Roles
{
    public const string Organizer = "organizer";
    public const string Judge = "judge";
}
