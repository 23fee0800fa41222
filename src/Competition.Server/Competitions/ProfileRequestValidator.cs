using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Competitions;

public sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public ProfileRequestValidator()
    {
        RuleFor(x => x.Name).Name(200);
        RuleFor(x => x.Occupation).Name(200);
        Include(new ProfileFieldsValidator());
    }
}
