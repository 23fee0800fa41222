using Competition.Grains.Contracts;
using FluentValidation;

namespace Competition.Server.Competitions;

/// <summary>The shape of a panels definition: each aspect and each judge's assignment named once, every id
/// a real (positive) one, no id repeated within a list. Whether the ids belong to the competition is the
/// domain's check (<c>PanelPlan.CheckNames</c>).</summary>
public sealed class PanelsDefinitionValidator : AbstractValidator<PanelsDefinition>
{
    public PanelsDefinitionValidator()
    {
        RuleFor(x => x.Aspects).NotNull();
        RuleFor(x => x.Aspects).Must(panels => OnlyOnce(panels.Select(p => p?.AspectId ?? 0)))
            .WithMessage("Each aspect has one panel.").When(x => x.Aspects is not null);
        RuleForEach(x => x.Aspects).NotNull().ChildRules(panel =>
        {
            panel.RuleFor(p => p.AspectId).GreaterThan(0);
            panel.RuleFor(p => p.JudgeIds).NotEmpty().WithMessage("A panel names at least one judge; leave the aspect out to use every judge.");
            panel.RuleFor(p => p.JudgeIds).Must(Ids).WithMessage("A panel names each judge once, by a positive id.").When(p => p.JudgeIds is not null);
        });
        RuleFor(x => x.Assignments).Must(assignments => OnlyOnce(assignments!.Select(a => a?.JudgeId ?? 0)))
            .WithMessage("Each judge has one assignment.").When(x => x.Assignments is not null);
        RuleForEach(x => x.Assignments).NotNull().ChildRules(assignment =>
        {
            assignment.RuleFor(a => a.JudgeId).GreaterThan(0);
            assignment.RuleFor(a => a.ContestantIds).NotEmpty();
            assignment.RuleFor(a => a.ContestantIds).Must(Ids).WithMessage("An assignment names each contestant once, by a positive id.")
                .When(a => a.ContestantIds is not null);
        });
    }

    private static bool Ids(IReadOnlyList<long> ids) => ids.All(id => id > 0) && OnlyOnce(ids);

    private static bool OnlyOnce(IEnumerable<long> ids)
    {
        var seen = new HashSet<long>();
        return ids.All(seen.Add);
    }
}
