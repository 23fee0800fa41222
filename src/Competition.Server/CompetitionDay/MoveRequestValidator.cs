using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.CompetitionDay;

public sealed class MoveRequestValidator : AbstractValidator<MoveRequest>
{
    public MoveRequestValidator()
    {
        RuleFor(x => x.Session).GreaterThan(0);
        RuleFor(x => x.Workstation).GreaterThan(0);
        RuleFor(x => x.Reason).Reason();
    }
}
