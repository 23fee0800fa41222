namespace Competition.Domain.Wages;

/// <summary>
/// What a skill-level wage agreement decides once recorded: it is signed once, and (in force on the local
/// days of its term) it covers the workers its scope binds: the named enterprise's, the guidance
/// row's industry's, or the whole district's. Its floors are <see cref="WageFloors"/>.
/// </summary>
public static class AgreementRules
{
    /// <summary>Why a signature is refused: the agreement was signed already (by whom counts once).</summary>
    /// <summary>Why an agreement with this rule and these bonuses cannot be recorded, or null: checked before
    /// anything is stored, so no agreement exists whose floors cannot be computed.</summary>
    public static DomainError? CheckRecord(FloorRule rule, IEnumerable<AwardAmount> bonuses) =>
        WageFloors.Problems(rule) is { Count: > 0 } problems
            ? new DomainError(ErrorKind.Invalid, "agreement.invalid-rule", string.Join(" ", problems))
            : bonuses.Any(b => b.Amount is < 0 or > WageFloors.MaxMonthly)
                ? new DomainError(ErrorKind.Invalid, "agreement.invalid-rule", $"A competition bonus is an amount within 0…{WageFloors.MaxMonthly:0}.")
                : null;

    public static DomainError? CheckSign(long agreementId, AgreementStatus status, DateTimeOffset? signedAt) => status == AgreementStatus.Proposed
        ? null
        : new DomainError(ErrorKind.Conflict, "agreement.already-signed", $"Agreement {agreementId} was signed on {signedAt:yyyy-MM-dd}.");

    /// <summary>Whether an agreement of this scope and party covers a worker of this employer, whose guidance row has this industry, in this region.</summary>
    public static bool Covers(AgreementScope scope, string party, string employer, string? industry, string region) => scope switch
    {
        AgreementScope.Enterprise => party == employer,
        AgreementScope.Industry => party == industry,
        AgreementScope.District => party == region,
        _ => false,
    };

    /// <summary>The reference a guidance row gives: its percentile as a monthly amount in whole yuan.</summary>
    public static decimal ReferenceMonthly(WageGuidanceRow noCertificate, GuidancePercentile percentile) =>
        noCertificate.MonthlyYuan(noCertificate.Figure(percentile));

    /// <summary>The refusal of a reference no guidance row gives.</summary>
    public static DomainError ReferenceNotFound(int year, string occupationCode, string region) => new(ErrorKind.Invalid,
        "agreement.reference-not-found", $"No {year} guidance for {occupationCode} without a certificate in {region} to take the reference from.");
}
