using FluentValidation;

namespace Competition.Server.Competitions;

/// <summary>The profile of a competition, wherever it is given.</summary>
public sealed class ProfileFieldsValidator : AbstractValidator<ICompetitionProfileFields>
{
    public ProfileFieldsValidator()
    {
        RuleFor(x => x.HostOrganizationId).GreaterThan(0).When(x => x.HostOrganizationId is not null);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.Industry).MaximumLength(100);
        RuleFor(x => x.District).MaximumLength(100);
        RuleFor(x => x.Venue).MaximumLength(200);
        RuleFor(x => x.EndsOn).GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.StartsOn is not null && x.EndsOn is not null)
            .WithMessage("A competition ends on or after the day it starts.");
        RuleFor(x => x.StartsOn).NotNull().When(x => x.EndsOn is not null).WithMessage("Give the first day too.");
    }
}
