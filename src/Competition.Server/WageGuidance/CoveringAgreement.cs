using Competition.Domain.Wages;

namespace Competition.Server.WageGuidance;

/// <summary>An agreement in force that covers a worker, with the monthly floor and allowance it gives the worker's level.</summary>
public sealed record CoveringAgreement(
    long Id, string Name, AgreementScope Scope, string Party, DateOnly TermEnd, decimal MonthlyFloor, decimal MonthlyAllowance);
