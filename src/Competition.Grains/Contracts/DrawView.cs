using Competition.Domain.CompetitionDay;

namespace Competition.Grains.Contracts;

/// <summary>
/// The draw as anyone may check it. Before it: only <see cref="Commitment"/>, SHA-256 (lower-case hex)
/// of the secret seed. After it: that draw's commitment, <see cref="Seed"/> (hex), <see cref="Input"/>
/// (the contestant ids drawn, ascending) and <see cref="Order"/> (the same ids in drawn order), and the
/// commitment a re-draw would use (<see cref="NextCommitment"/>). <see cref="Earlier"/>: draws it replaced.
/// </summary>
[GenerateSerializer, Immutable, Alias("Competition.DrawView")]
public sealed record DrawView(
    [property: Id(0)] string Commitment,
    [property: Id(1)] string? Seed = null,
    [property: Id(2)] IReadOnlyList<long>? Input = null,
    [property: Id(3)] IReadOnlyList<long>? Order = null,
    [property: Id(4)] DateTimeOffset? DrawnAt = null,
    [property: Id(5)] int Round = 0,
    [property: Id(6)] string? Reason = null,
    [property: Id(7)] int? Workstations = null,
    [property: Id(8)] string? NextCommitment = null,
    [property: Id(9)] IReadOnlyList<DrawRecord>? Earlier = null);
