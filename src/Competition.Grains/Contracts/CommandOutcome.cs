using Competition.Domain;

namespace Competition.Grains.Contracts;

/// <summary>Either the ledger sequence of the recorded event or the rule the command broke.</summary>
[GenerateSerializer, Immutable, Alias("Competition.CommandOutcome")]
public sealed record CommandOutcome(
    [property: Id(0)] long? Sequence,
    [property: Id(1)] DomainError? Error)
{
    public static CommandOutcome Recorded(long sequence) => new(sequence, null);
    public static CommandOutcome Refused(DomainError error) => new(null, error);
}
