namespace Competition.Domain.Wages;

/// <summary>
/// A proposal is what the parties bargain over (and the report costs); once signed, the agreement covers
/// the workers it binds for its term, and its floors appear on their certificates' verification pages.
/// </summary>
public enum AgreementStatus
{
    Proposed,
    Signed,
}
