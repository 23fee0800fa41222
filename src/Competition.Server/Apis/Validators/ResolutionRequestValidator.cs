using Competition.Server.Apis.Models;

namespace Competition.Server.Apis.Validators;

public sealed class ResolutionRequestValidator : AspectDecisionValidator<ResolutionRequest>;
