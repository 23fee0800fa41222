namespace Competition.Domain.Rules;

/// <summary>An award a ranked contestant can receive.</summary>
public enum Award
{
    Gold,
    Silver,
    Bronze,
    FirstPrize,
    SecondPrize,
    ThirdPrize,
    Excellence,
}
