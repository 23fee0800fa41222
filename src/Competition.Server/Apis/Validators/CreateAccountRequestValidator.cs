using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class CreateAccountRequestValidator : AbstractValidator<CreateAccountRequest>
{
    public CreateAccountRequestValidator()
    {
        RuleFor(x => x.Username).NotEmpty().Matches("^[A-Za-z0-9._-]{3,100}$")
            .WithMessage("A username is 3 to 100 letters, digits, dots, dashes or underscores.");
        RuleFor(x => x.Password).NotEmpty().MinimumLength(10).MaximumLength(200);
    }
}
