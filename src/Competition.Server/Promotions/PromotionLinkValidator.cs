using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Promotions;

public sealed class PromotionLinkValidator : AbstractValidator<PromotionLink>
{
    public PromotionLinkValidator()
    {
        RuleFor(x => x.RuleSet).NotEmpty().MaximumLength(100);
        RuleFor(x => x.ContestClass).Name(100);
        RuleFor(x => x.OccupationCode).OccupationCode();
        RuleFor(x => x.OccupationEdition).Edition();
        RuleFor(x => x.OccupationName).OccupationName();
        RuleFor(x => x.WorkType).MaximumLength(200);
        RuleFor(x => x.Organization).Name(200);
    }
}
