namespace Competition.Server.Jury;

public sealed class RescoreRequestValidator : AspectDecisionValidator<RescoreRequest>;
