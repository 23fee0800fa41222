using Competition.Domain.Certification;
using Competition.Domain.Registration;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Registration;

public sealed class JudgeEntryRequestValidator : AbstractValidator<JudgeEntryRequest>
{
    public JudgeEntryRequestValidator()
    {
        RuleFor(x => x.Name).Name(RegistrationRules.MaxNameLength);
        RuleFor(x => x.Employer).Name(RegistrationRules.MaxEmployerLength);
        RuleFor(x => x.Reason).MaximumLength(1000);
    }
}
