using Competition.Domain.Wages;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Agreements;

public sealed class AgreementRequestValidator : AbstractValidator<AgreementRequest>
{
    public AgreementRequestValidator()
    {
        RuleFor(x => x.Name).Name(200);
        RuleFor(x => x.Party).Name(200);
        RuleFor(x => x.Region).Name(100);
        RuleFor(x => x.Scope).IsInEnum();
        RuleFor(x => x.WorkersCovered).InclusiveBetween(1, 10_000_000);
        RuleFor(x => x.Step).IsInEnum();
        RuleFor(x => x.TermEnd).GreaterThan(x => x.TermStart).WithMessage("The term ends after it starts.");
        RuleFor(x => x.StatutoryMinimumMonthly).InclusiveBetween(0m, WageFloors.MaxMonthly);
        RuleFor(x => x.MinimumRaise).InclusiveBetween(0m, 2m);
        RuleFor(x => x.StepValue).InclusiveBetween(0m, WageFloors.MaxMonthly);
        // Two rules, not one chain: a condition on a chain applies to every check in it.
        RuleFor(x => x.ReferenceMonthly).InclusiveBetween(0m, WageFloors.MaxMonthly);
        RuleFor(x => x.ReferenceMonthly).Null().When(x => x.Reference is not null)
            .WithMessage("Give the reference as an amount or as a guidance percentile, not both.");
        RuleFor(x => x.Reference!).ChildRules(r =>
        {
            r.RuleFor(x => x.Percentile).IsInEnum();
            r.RuleFor(x => x.OccupationCode).Must(OccupationRules.IsCode).WithMessage("An occupation code has the classification's shape, e.g. 6-18-02-04.");
            r.RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        }).When(x => x.Reference is not null);
        RuleFor(x => x.Allowances).Must(a => a is null || (a.Count <= 8 && a.All(x => x is not null) && a.Select(x => x.Level).Distinct().Count() == a.Count))
            .WithMessage("At most one allowance per level.");
        RuleForEach(x => x.Allowances).ChildRules(a =>
        {
            a.RuleFor(x => x.Level).IsInEnum();
            a.RuleFor(x => x.Monthly).InclusiveBetween(0m, WageFloors.MaxMonthly);
        });
        RuleFor(x => x.CompetitionBonuses).Must(b => b is null || (b.Count <= 7 && b.All(x => x is not null) && b.Select(x => x.Award).Distinct().Count() == b.Count))
            .WithMessage("At most one bonus per award.");
        RuleForEach(x => x.CompetitionBonuses).ChildRules(b =>
        {
            b.RuleFor(x => x.Award).IsInEnum();
            b.RuleFor(x => x.Amount).InclusiveBetween(0m, WageFloors.MaxMonthly);
        });
        RuleFor(x => x).Custom((request, context) =>
        {
            if (!Enum.IsDefined(request.Step) || request.Allowances?.Any(a => a is null || !Enum.IsDefined(a.Level)) == true)
            {
                return;
            }
            foreach (var problem in WageFloors.Problems(request.Rule))
            {
                context.AddFailure("rule", problem);
            }
        });
    }
}
