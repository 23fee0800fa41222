using Competition.Server.Apis.Models;

namespace Competition.Server.Apis.Validators;

public sealed class RescoreRequestValidator : AspectDecisionValidator<RescoreRequest>;
