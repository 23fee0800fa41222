using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Assessments;

public sealed class AssessmentRequestValidator : AbstractValidator<AssessmentRequest>
{
    public AssessmentRequestValidator()
    {
        RuleFor(x => x.WorkerId).GreaterThan(0);
        RuleFor(x => x.OccupationCode).OccupationCode();
        RuleFor(x => x.OccupationEdition).Edition();
        RuleFor(x => x.OccupationName).OccupationName();
        RuleFor(x => x.WorkType).MaximumLength(200);
        RuleFor(x => x.TargetLevel).IsInEnum();
        RuleFor(x => x.Route).IsInEnum().NotEqual(AssessmentRoute.Competition)
            .WithMessage("Competition-route assessments are drafted from final results by promotion rules.");
        RuleFor(x => x.Components).NotNull();
        RuleFor(x => x.Components).Must(c => c is null || c.Count <= 3).WithMessage("At most three components: theory, practical, review.");
        RuleForEach(x => x.Components).NotNull().ChildRules(c => c.RuleFor(x => x.Kind).IsInEnum());
        RuleFor(x => x).Custom((request, context) =>
        {
            if (request.Components is null || request.Components.Any(c => c is null) || !Enum.IsDefined(request.TargetLevel))
            {
                return;
            }
            foreach (var problem in AssessmentGrading.Problems(request.TargetLevel, request.Route, request.Components))
            {
                context.AddFailure(nameof(request.Components), problem);
            }
        });
        RuleFor(x => x.Examiners).Must(e => e is null || (e.Count <= 20 && e.All(n => Text.IsPlainName(n) && n.Length <= 100)))
            .WithMessage("Up to 20 examiners, each named in at most 100 characters.");
    }
}
