using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class IssueRequestValidator : AbstractValidator<IssueRequest>
{
    public IssueRequestValidator() => RuleFor(x => x.AssessmentId).GreaterThan(0);
}
