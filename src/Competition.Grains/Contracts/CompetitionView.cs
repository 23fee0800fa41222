using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Rules;

namespace Competition.Grains.Contracts;

/// <summary>The public definition of a competition (no PINs).</summary>
[GenerateSerializer, Immutable, Alias("Competition.CompetitionView")]
public sealed record CompetitionView(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Occupation,
    [property: Id(3)] CompetitionStatus Status,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] MarkingSchemeView MarkingScheme,
    [property: Id(6)] IReadOnlyList<ContestantView> Contestants,
    [property: Id(7)] IReadOnlyList<JudgeView> Judges,
    [property: Id(8)] CompetitionRules Rules,
    [property: Id(9)] IReadOnlyList<AspectPanelView> Panels,
    [property: Id(10)] IReadOnlyList<long> LockedModules,
    [property: Id(11)] bool ResultsLocked,
    [property: Id(12)] CompetitionProfile Profile,
    [property: Id(13)] int? Workstations = null,
    [property: Id(14)] IReadOnlyList<CompetitionSession>? Sessions = null,
    [property: Id(15)] BlindingView? Blinding = null)
{
    /// <summary>The definition as judges and the public see it while judging is blind.</summary>
    /// <remarks>In drawn order: the registration order would tell who is who.</remarks>
    public CompetitionView Blinded() => Blinding is { Hidden: true }
        ? this with { Contestants = Contestants.Select(c => c.Blinded()).OrderBy(c => c.DrawnNumber ?? "~", StringComparer.Ordinal).ThenBy(c => c.Id).ToList() }
        : this;
}
