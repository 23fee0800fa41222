using Competition.Grains.Contracts;

namespace Competition.Server.CompetitionDay;

/// <summary>An aspect on a form, with its module.</summary>
public sealed record MarkingFormAspect(string Module, AspectView Aspect);
