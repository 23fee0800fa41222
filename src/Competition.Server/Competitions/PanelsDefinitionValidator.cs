using Competition.Grains.Contracts;
using FluentValidation;

namespace Competition.Server.Competitions;

public sealed class PanelsDefinitionValidator : AbstractValidator<PanelsDefinition>
{
    public PanelsDefinitionValidator()
    {
        RuleFor(x => x.Aspects).NotNull();
        RuleForEach(x => x.Aspects).NotNull().ChildRules(panel =>
        {
            panel.RuleFor(p => p.AspectId).GreaterThan(0);
            panel.RuleFor(p => p.JudgeIds).NotEmpty().WithMessage("A panel names at least one judge; leave the aspect out to use every judge.");
        });
        RuleForEach(x => x.Assignments).NotNull().ChildRules(assignment =>
        {
            assignment.RuleFor(a => a.JudgeId).GreaterThan(0);
            assignment.RuleFor(a => a.ContestantIds).NotEmpty();
        });
    }
}
