namespace Competition.Grains.Contracts;

/// <summary>The ids of the people a change registered or touched, in the order given; or that this file was imported before.</summary>
[GenerateSerializer, Immutable, Alias("Competition.RosterChange")]
public sealed record RosterChange(
    [property: Id(0)] IReadOnlyList<long> Ids,
    [property: Id(1)] bool AlreadyImported = false)
{
    public static readonly RosterChange None = new([]);
}
