using Competition.Domain.Competitions;

namespace Competition.Grains.Contracts;

/// <summary>Where a competition belongs and when and where it is held; every part optional.</summary>
[GenerateSerializer, Immutable, Alias("Competition.CompetitionProfile")]
public sealed record CompetitionProfile(
    [property: Id(0)] long? HostOrganizationId,
    [property: Id(1)] CompetitionLevel? Level,
    [property: Id(2)] string? Industry,
    [property: Id(3)] string? District,
    [property: Id(4)] string? Venue,
    [property: Id(5)] DateOnly? StartsOn,
    [property: Id(6)] DateOnly? EndsOn)
{
    public static readonly CompetitionProfile None = new(null, null, null, null, null, null, null);
}
