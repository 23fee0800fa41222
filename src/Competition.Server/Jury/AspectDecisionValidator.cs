using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Jury;

/// <summary>What every moderation decision needs: the contestant, the aspect and a reason.</summary>
public abstract class AspectDecisionValidator<T> : AbstractValidator<T> where T : IAspectDecision
{
    protected AspectDecisionValidator()
    {
        RuleFor(x => x.ContestantId).GreaterThan(0);
        RuleFor(x => x.AspectId).GreaterThan(0);
        RuleFor(x => x.Reason).Reason();
    }
}
