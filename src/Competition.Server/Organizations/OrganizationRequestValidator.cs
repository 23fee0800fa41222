using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Organizations;

public sealed class OrganizationRequestValidator : AbstractValidator<OrganizationRequest>
{
    public OrganizationRequestValidator()
    {
        RuleFor(x => x.Name).Name(200);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.ParentId).GreaterThan(0).When(x => x.ParentId is not null);
    }
}
