using Competition.Domain.Certification;
using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class NationalIdLookupValidator : AbstractValidator<NationalIdLookup>
{
    public NationalIdLookupValidator() =>
        RuleFor(x => x.NationalId).Must(NationalIds.IsValid).WithMessage(WorkerRequestValidator.NationalIdMessage);
}
