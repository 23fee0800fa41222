using Competition.Domain.Marking;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Competitions;

/// <summary>A marking scheme, wherever one is given: a new competition, a draft's new scheme, a template.</summary>
public sealed class MarkingSchemeRequestValidator : AbstractValidator<MarkingSchemeRequest>
{
    public MarkingSchemeRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Modules).NotEmpty().Must(m => m.Count <= 50).WithMessage("At most 50 modules.");
        RuleForEach(x => x.Modules).NotNull().When(x => x.Modules is not null);
        RuleForEach(x => x.Modules).ChildRules(module =>
        {
            module.RuleForEach(m => m.Aspects).NotNull().When(m => m.Aspects is not null);
            module.RuleFor(m => m.Name).Name(200);
            module.RuleFor(m => m.Weight).GreaterThan(0).LessThanOrEqualTo(100).PrecisionScale(9, 4, ignoreTrailingZeros: true);
            module.RuleFor(m => m.Aspects).NotEmpty().Must(a => a.Count <= 100).WithMessage("At most 100 aspects per module.");
            module.RuleForEach(m => m.Aspects).ChildRules(aspect =>
            {
                aspect.RuleFor(a => a.Name).Name(200);
                aspect.RuleFor(a => a.Kind).IsInEnum();
                aspect.RuleFor(a => a.MaxMark).GreaterThan(0).LessThanOrEqualTo(1000)
                    .PrecisionScale(9, AspectRules.MarkDecimals, ignoreTrailingZeros: true);
                aspect.RuleFor(a => a.Deductions).Empty().When(a => a.Kind != AspectKind.Measurement)
                    .WithMessage("Deductions belong to measurement aspects.");
                aspect.RuleForEach(a => a.Deductions).GreaterThan(0).PrecisionScale(9, AspectRules.MarkDecimals, ignoreTrailingZeros: true);
                aspect.RuleFor(a => a.Deductions).Must((a, d) => d!.All(x => x < a.MaxMark))
                    .WithMessage("A deduction is less than the aspect's full mark.").When(a => a.Deductions is not null);
                aspect.RuleFor(a => a.Aggregation).Null().When(a => a.Kind != AspectKind.Graded)
                    .WithMessage("An aggregation belongs to graded aspects.");
                aspect.RuleFor(a => a.Aggregation).IsInEnum();
                aspect.RuleFor(a => a.Levels).Must(l => l!.Count == AspectRules.JudgementLevels + 1)
                    .WithMessage("A judgement aspect describes its four levels, for scores 0 to 3.")
                    .When(a => a.Kind == AspectKind.Judgement && a.Levels is { Count: > 0 });
                aspect.RuleFor(a => a.Levels).Empty().When(a => a.Kind != AspectKind.Judgement)
                    .WithMessage("Level descriptions belong to judgement aspects.");
                aspect.RuleForEach(a => a.Levels).NotEmpty().MaximumLength(500);
            });
        }).When(x => x.Modules is not null);
    }
}
