using FluentValidation;

namespace Competition.Server.Validation;

/// <summary>The rule every recorded reason follows.</summary>
internal static class ReasonRules
{
    public const int MaxLength = 1000;

    public static IRuleBuilderOptions<T, string?> Reason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give a reason: it is kept with the decision.").MaximumLength(MaxLength);
}
