using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Marking;

public sealed class SubmitMarkRequestValidator : AbstractValidator<SubmitMarkRequest>
{
    public SubmitMarkRequestValidator()
    {
        RuleFor(x => x.SubmissionId).NotEmpty().WithMessage("Give each mark a submissionId (a UUID chosen on the device).");
        RuleFor(x => x.ContestantId).GreaterThan(0);
        RuleFor(x => x.AspectId).GreaterThan(0);
        RuleFor(x => x.Reason).MaximumLength(TextRules.MaxReasonLength);
    }
}
