using Competition.Domain.Certification;
using Competition.Domain.Marking;
using Competition.Server.CompetitionDay;
using Competition.Server.Validation;
using Competition.Server.Workers;
using FluentValidation;

namespace Competition.Server.Competitions;

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
        RuleFor(x => x.Name).Name(200);
        RuleFor(x => x.Occupation).Name(200);
        RuleFor(x => x.MarkingScheme).NotNull().SetValidator(new MarkingSchemeRequestValidator());

        Include(new ProfileFieldsValidator());
        Include(new ScheduleFieldsValidator());
        RuleFor(x => x.Contestants).Must(c => c!.Count <= MaxContestants).WithMessage($"At most {MaxContestants} contestants.")
            .When(x => x.Contestants is not null);
        RuleForEach(x => x.Contestants).NotNull();
        RuleForEach(x => x.Contestants).ChildRules(contestant =>
        {
            contestant.RuleFor(c => c.Name).Name(100);
            contestant.RuleFor(c => c.Employer).Name(200);
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
            judge.RuleFor(j => j.Name).Name(100);
            judge.RuleFor(j => j.Employer).Name(200);
        });
    }
}
