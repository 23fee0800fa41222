using Competition.Domain.Certification;
using Competition.Domain.Registration;
using Competition.Server.Validation;
using Competition.Server.Workers;
using FluentValidation;

namespace Competition.Server.Registration;

public sealed class ContestantEntryRequestValidator : AbstractValidator<ContestantEntryRequest>
{
    public ContestantEntryRequestValidator()
    {
        RuleFor(x => x.Name).Name(RegistrationRules.MaxNameLength);
        RuleFor(x => x.Employer).Name(RegistrationRules.MaxEmployerLength);
        RuleFor(x => x.Bib).MaximumLength(RegistrationRules.MaxBibLength);
        RuleFor(x => x.NationalId).Must(NationalIds.IsValid!).WithMessage(WorkerRequestValidator.NationalIdMessage)
            .When(x => !string.IsNullOrWhiteSpace(x.NationalId));
        RuleFor(x => x.Reason).MaximumLength(1000);
    }
}
