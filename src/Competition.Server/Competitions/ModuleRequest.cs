namespace Competition.Server.Competitions;

/// <summary>A module of a new marking scheme; <see cref="Weight"/> multiplies its raw total.</summary>
public sealed record ModuleRequest(string Name, decimal Weight, IReadOnlyList<AspectRequest> Aspects);
