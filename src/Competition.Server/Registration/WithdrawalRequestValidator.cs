using Competition.Domain.Certification;
using Competition.Domain.Registration;
using FluentValidation;

namespace Competition.Server.Registration;

public sealed class WithdrawalRequestValidator : AbstractValidator<WithdrawalRequest>
{
    public WithdrawalRequestValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}
