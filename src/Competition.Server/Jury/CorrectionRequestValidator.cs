using Competition.Grains.Contracts;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Jury;

public sealed class CorrectionRequestValidator : AbstractValidator<CorrectionRequest>
{
    public CorrectionRequestValidator()
    {
        RuleFor(x => x.JudgeId).GreaterThan(0);
        RuleFor(x => x.ContestantId).GreaterThan(0);
        RuleFor(x => x.AspectId).GreaterThan(0);
        RuleFor(x => x.Reason).Reason();
    }
}
