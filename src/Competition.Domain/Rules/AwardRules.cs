namespace Competition.Domain.Rules;

/// <summary>
/// Who gets which award, by rank: the first <see cref="First"/> ranks the first award, up to
/// <see cref="First"/> + <see cref="Second"/> the second, and so on (counts, or shares of the ranked
/// field). Excellence awards go to the next ranked contestants within <see cref="ExcellenceShare"/> of
/// the field (the top half by default). Tied contestants share their award.
/// </summary>
public sealed record AwardRules
{
    public AwardBasis Basis { get; init; } = AwardBasis.Count;
    public AwardNaming Naming { get; init; } = AwardNaming.Medals;
    public decimal First { get; init; } = 1;
    public decimal Second { get; init; } = 1;
    public decimal Third { get; init; } = 1;
    public decimal ExcellenceShare { get; init; } = 0.5m;

    /// <summary>Honorary titles by award, e.g. gold → 技术能手.</summary>
    public IReadOnlyDictionary<Award, string> Titles { get; init; } = new Dictionary<Award, string>();

    public DomainError? Check()
    {
        if (First < 0 || Second < 0 || Third < 0 || ExcellenceShare is < 0 or > 1)
        {
            return new DomainError(ErrorKind.Invalid, "rules.invalid", "Award limits cannot be negative; the excellence share is between 0 and 1.");
        }
        if (Basis == AwardBasis.Share && First + Second + Third > 1)
        {
            return new DomainError(ErrorKind.Invalid, "rules.invalid", "Award shares add up to more than the whole field.");
        }
        return Basis == AwardBasis.Count && (decimal.Truncate(First) != First || decimal.Truncate(Second) != Second || decimal.Truncate(Third) != Third)
            ? new DomainError(ErrorKind.Invalid, "rules.invalid", "Award counts are whole numbers.")
            : null;
    }
}
