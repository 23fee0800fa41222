using FluentValidation;

namespace Competition.Server.Certificates;

public sealed class IssueRequestValidator : AbstractValidator<IssueRequest>
{
    public IssueRequestValidator() => RuleFor(x => x.AssessmentId).GreaterThan(0);
}
