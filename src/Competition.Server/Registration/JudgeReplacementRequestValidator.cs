using Competition.Domain.Certification;
using Competition.Domain.Registration;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Registration;

public sealed class JudgeReplacementRequestValidator : AbstractValidator<JudgeReplacementRequest>
{
    public JudgeReplacementRequestValidator()
    {
        RuleFor(x => x.Name).Name(RegistrationRules.MaxNameLength);
        RuleFor(x => x.Employer).Name(RegistrationRules.MaxEmployerLength);
        RuleFor(x => x.Reason).Reason();
    }
}
