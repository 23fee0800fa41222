namespace Competition.Server.Jury;

public sealed class ResolutionRequestValidator : AspectDecisionValidator<ResolutionRequest>;
