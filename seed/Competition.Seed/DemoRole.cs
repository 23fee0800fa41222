namespace Competition.Seed;

/// <summary>The demo's people who sign in with a password, one of each.</summary>
public enum DemoRole
{
    Organizer,
    HrOfficer,
    Negotiator,
}
