using Competition.Domain.Certification;
using Competition.Domain.Registration;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Registration;

public sealed class WithdrawalRequestValidator : AbstractValidator<WithdrawalRequest>
{
    public WithdrawalRequestValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Reason).Reason();
    }
}
