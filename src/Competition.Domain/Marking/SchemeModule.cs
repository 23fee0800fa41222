namespace Competition.Domain.Marking;

/// <summary>A module (task) of the scheme; its raw total counts <see cref="Weight"/> times.</summary>
public sealed record SchemeModule(long Id, string Name, decimal Weight, IReadOnlyList<SchemeAspect> Aspects);
