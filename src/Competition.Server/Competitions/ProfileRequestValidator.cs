using FluentValidation;

namespace Competition.Server.Competitions;

public sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public ProfileRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Occupation).NotEmpty().MaximumLength(200);
        Include(new ProfileFieldsValidator());
    }
}
