namespace Competition.Server.Apis.Models;

/// <summary>The modules of a new marking scheme.</summary>
public sealed record MarkingSchemeRequest(IReadOnlyList<ModuleRequest> Modules);
