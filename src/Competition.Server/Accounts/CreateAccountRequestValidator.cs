using Competition.Server.Auth;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Accounts;

public sealed class CreateAccountRequestValidator : AbstractValidator<CreateAccountRequest>
{
    public CreateAccountRequestValidator()
    {
        RuleFor(x => x.Username).NotEmpty().Matches("^[A-Za-z0-9._-]{3,100}$")
            .WithMessage("A username is 3 to 100 letters, digits, dots, dashes or underscores.");
        RuleFor(x => x.Password).NotEmpty().MinimumLength(10).MaximumLength(200);
        // No default role: an account made without one must not become an organizer by accident.
        RuleFor(x => x.Role).NotEmpty().Must(r => r is null || Roles.AccountRoles.Contains(r))
            .WithMessage($"The role is one of {string.Join(", ", Roles.AccountRoles)}.");
        RuleFor(x => x.Organization).Name(200).When(x => x.Organization is not null);
        RuleFor(x => x.OrganizationId).GreaterThan(0).When(x => x.OrganizationId is not null);
    }
}
