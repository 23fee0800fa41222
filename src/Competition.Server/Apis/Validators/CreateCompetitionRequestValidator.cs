using Competition.Domain.Certification;
using Competition.Domain.Marking;
using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

/// <summary>Everything a competition definition must satisfy before anything is stored.</summary>
public sealed class CreateCompetitionRequestValidator : AbstractValidator<CreateCompetitionRequest>
{
    /// <summary>A city-wide open contest stays far below this; a larger field is a mistake or abuse.</summary>
    public const int MaxContestants = 10_000;
    public const int MaxJudges = 100;

    public CreateCompetitionRequestValidator()
    {
        // Stop a rule at its first failure, so a missing list is reported rather than counted.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Occupation).NotEmpty().MaximumLength(200);
        RuleFor(x => x.MarkingScheme).NotNull();
        RuleFor(x => x.MarkingScheme.Modules).NotEmpty().Must(m => m.Count <= 50).WithMessage("At most 50 modules.")
            .When(x => x.MarkingScheme is not null);
        RuleForEach(x => x.MarkingScheme.Modules).NotNull().When(x => x.MarkingScheme?.Modules is not null);
        RuleForEach(x => x.MarkingScheme.Modules).ChildRules(module =>
        {
            module.RuleForEach(m => m.Aspects).NotNull().When(m => m.Aspects is not null);
            module.RuleFor(m => m.Name).NotEmpty().MaximumLength(200);
            module.RuleFor(m => m.Weight).GreaterThan(0).LessThanOrEqualTo(100).PrecisionScale(9, 4, ignoreTrailingZeros: true);
            module.RuleFor(m => m.Aspects).NotEmpty().Must(a => a.Count <= 100).WithMessage("At most 100 aspects per module.");
            module.RuleForEach(m => m.Aspects).ChildRules(aspect =>
            {
                aspect.RuleFor(a => a.Name).NotEmpty().MaximumLength(200);
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
        }).When(x => x.MarkingScheme?.Modules is not null);

        Include(new ProfileFieldsValidator());
        RuleFor(x => x.Contestants).Must(c => c!.Count <= MaxContestants).WithMessage($"At most {MaxContestants} contestants.")
            .When(x => x.Contestants is not null);
        RuleForEach(x => x.Contestants).NotNull();
        RuleForEach(x => x.Contestants).ChildRules(contestant =>
        {
            contestant.RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
            contestant.RuleFor(c => c.Employer).NotEmpty().MaximumLength(200);
            contestant.RuleFor(c => c.Bib).NotEmpty().MaximumLength(20);
            contestant.RuleFor(c => c.NationalId).Must(NationalIds.IsValid!).WithMessage(WorkerRequestValidator.NationalIdMessage)
                .When(c => c.NationalId is not null);
        });
        RuleFor(x => x.Contestants)
            .Must(c => c!.Select(x => x.Bib).Distinct(StringComparer.Ordinal).Count() == c!.Count)
            .WithMessage("Each contestant needs a bib of their own.")
            .When(x => x.Contestants is not null && x.Contestants.All(c => c?.Bib is not null));

        RuleFor(x => x.Rules).SetValidator(new CompetitionRulesValidator()!).When(x => x.Rules is not null);
        RuleFor(x => x.Rules).Custom((rules, context) =>
        {
            // Module tie-breaks name module ids, which exist only after creation: set those with PUT …/rules.
            if (rules is not null && CompetitionRulesValidator.IsWellFormed(rules) && rules.Check(new MarkingScheme([])) is { } error)
            {
                context.AddFailure(nameof(CreateCompetitionRequest.Rules), error.Message);
            }
        });

        RuleFor(x => x.Judges).Must(j => j!.Count <= MaxJudges).WithMessage($"At most {MaxJudges} judges.")
            .When(x => x.Judges is not null);
        RuleForEach(x => x.Judges).NotNull();
        RuleForEach(x => x.Judges).ChildRules(judge =>
        {
            judge.RuleFor(j => j.Name).NotEmpty().MaximumLength(100);
            judge.RuleFor(j => j.Employer).NotEmpty().MaximumLength(200);
        });
    }
}
