using Competition.Server.Auth;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Accounts;

public sealed class RoleGrantValidator : AbstractValidator<RoleGrant>
{
    public RoleGrantValidator()
    {
        RuleFor(x => x.Role).NotEmpty().Must(r => Roles.AccountRoles.Contains(r))
            .WithMessage($"The role is one of {string.Join(", ", Roles.AccountRoles)}.");
        RuleFor(x => x.Organization).Name(200).When(x => x.Organization is not null);
        RuleFor(x => x.OrganizationId).GreaterThan(0).When(x => x.OrganizationId is not null);
    }
}
