namespace Competition.Domain.Wages;

/// <summary>Whom a skill-level wage agreement (能级工资专项集体合同) binds.</summary>
public enum AgreementScope
{
    Enterprise,
    Industry,
    District,
}
