namespace Competition.Domain.Rules;

/// <summary>Whether award limits are numbers of contestants or shares of the ranked field.</summary>
public enum AwardBasis
{
    Count,
    Share,
}
