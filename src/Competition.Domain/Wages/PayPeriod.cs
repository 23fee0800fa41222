namespace Competition.Domain.Wages;

/// <summary>What a wage figure is per: guidance tables are published per year or per month.</summary>
public enum PayPeriod
{
    Year,
    Month,
}
