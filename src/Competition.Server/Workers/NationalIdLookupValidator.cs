using Competition.Domain.Certification;
using FluentValidation;

namespace Competition.Server.Workers;

public sealed class NationalIdLookupValidator : AbstractValidator<NationalIdLookup>
{
    public NationalIdLookupValidator() =>
        RuleFor(x => x.NationalId).Must(NationalIds.IsValid).WithMessage(WorkerRequestValidator.NationalIdMessage);
}
