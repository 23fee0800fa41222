namespace Competition.Domain.Rules;

/// <summary>Gold, silver and bronze, or first, second and third prizes.</summary>
public enum AwardNaming
{
    Medals,
    Prizes,
}
