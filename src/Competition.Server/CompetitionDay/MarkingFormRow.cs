namespace Competition.Server.CompetitionDay;

/// <summary>A contestant's line: how the judge knows them, where they work, and which of the form's aspects they mark.</summary>
public sealed record MarkingFormRow(long ContestantId, string Label, int? Workstation, IReadOnlyList<long> AspectIds);
