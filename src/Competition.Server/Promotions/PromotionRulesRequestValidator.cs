using Competition.Domain.Certification;
using FluentValidation;

namespace Competition.Server.Promotions;

public sealed class PromotionRulesRequestValidator : AbstractValidator<PromotionRulesRequest>
{
    public PromotionRulesRequestValidator()
    {
        RuleFor(x => x.Rules).NotNull().Must(r => r is null || r.Count <= 50).WithMessage("At most 50 rules.");
        RuleForEach(x => x.Rules).NotNull();
        RuleForEach(x => x.Rules).ChildRules(rule =>
        {
            rule.RuleFor(r => r.Level).IsInEnum();
            rule.RuleFor(r => r.LevelIfAlready).IsInEnum();
            rule.RuleFor(r => r.ContestClass).MaximumLength(100);
            rule.RuleFor(r => r.Awards).Must(a => a is null || a.Count <= 7);
            rule.RuleForEach(r => r.Awards).IsInEnum();
        });
        RuleFor(x => x).Custom((request, context) =>
        {
            if (request.Rules is null || request.Rules.Any(r => r is null))
            {
                return;
            }
            foreach (var problem in PromotionRules.Problems(new PromotionRuleSet("", 0, request.Rules, request.MonthsBetweenPromotions)))
            {
                context.AddFailure(nameof(request.Rules), problem);
            }
        });
    }
}
