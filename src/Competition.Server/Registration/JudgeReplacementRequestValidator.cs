using Competition.Domain.Certification;
using Competition.Domain.Registration;
using FluentValidation;

namespace Competition.Server.Registration;

public sealed class JudgeReplacementRequestValidator : AbstractValidator<JudgeReplacementRequest>
{
    public JudgeReplacementRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(RegistrationRules.MaxNameLength);
        RuleFor(x => x.Employer).NotEmpty().MaximumLength(RegistrationRules.MaxEmployerLength);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}
