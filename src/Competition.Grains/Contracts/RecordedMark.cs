using Competition.Domain.Standings;

namespace Competition.Grains.Contracts;

/// <summary>A mark as committed to the ledger: a judge's entry for a contestant and aspect.</summary>
[GenerateSerializer, Immutable, Alias("Competition.RecordedMark")]
public sealed record RecordedMark(
    [property: Id(0)] long JudgeId,
    [property: Id(1)] long ContestantId,
    [property: Id(2)] long AspectId,
    [property: Id(3)] decimal Value,
    [property: Id(4)] long Sequence)
{
    public JudgeMark ToDomain() => new(JudgeId, ContestantId, AspectId, Value, Sequence);

    public static RecordedMark Of(JudgeMark mark) => new(mark.JudgeId, mark.ContestantId, mark.AspectId, mark.Value, mark.Sequence);
}
