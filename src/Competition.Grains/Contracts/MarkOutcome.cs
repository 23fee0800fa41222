using Competition.Domain;

namespace Competition.Grains.Contracts;

/// <summary>Either the committed mark's ledger sequence or the rule it broke.</summary>
[GenerateSerializer, Immutable, Alias("Competition.MarkOutcome")]
public sealed record MarkOutcome(
    [property: Id(0)] long? Sequence,
    [property: Id(1)] DomainError? Error)
{
    public static MarkOutcome Accepted(long sequence) => new(sequence, null);
    public static MarkOutcome Refused(DomainError error) => new(null, error);
}
