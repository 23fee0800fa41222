using Competition.Domain.Certification;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Workers;

public sealed class WorkerRequestValidator : AbstractValidator<WorkerRequest>
{
    public WorkerRequestValidator()
    {
        RuleFor(x => x.Name).Name(100);
        RuleFor(x => x.Employer).Name(200);
        RuleFor(x => x.NationalId).Must(NationalIds.IsValid).WithMessage(NationalIdMessage);
    }

    public const string NationalIdMessage = "A national ID is 17 digits and a check character (digit or X) that matches them.";
}
