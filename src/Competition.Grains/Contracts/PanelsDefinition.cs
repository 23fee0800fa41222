namespace Competition.Grains.Contracts;

/// <summary>Who marks what: panels per aspect and, optionally, contestants per judge (left out: the
/// assignments stay as they are).</summary>
[GenerateSerializer, Immutable, Alias("Competition.PanelsDefinition")]
public sealed record PanelsDefinition(
    [property: Id(0)] IReadOnlyList<AspectPanelView> Aspects,
    [property: Id(1)] IReadOnlyList<JudgeAssignmentView>? Assignments = null);
