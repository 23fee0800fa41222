namespace Competition.IntegrationTests;

/// <summary>Tests that must not overlap with others, because they count what the platform stores.</summary>
[CollectionDefinition(nameof(SerialTests), DisableParallelization = true)]
public sealed class SerialTests;
