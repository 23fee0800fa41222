namespace Competition.Grains.Contracts;

/// <summary>The modules of a marking scheme, in order.</summary>
[GenerateSerializer, Immutable, Alias("Competition.MarkingSchemeView")]
public sealed record MarkingSchemeView([property: Id(0)] IReadOnlyList<ModuleView> Modules);
