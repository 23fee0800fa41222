using Competition.Domain;
using FluentValidation;

namespace Competition.Server.Validation;

/// <summary>The rules every recorded reason and every name follows (<see cref="Text"/> decides what is visible).</summary>
internal static class TextRules
{
    public const int MaxReasonLength = 1000;

    public static IRuleBuilderOptions<T, string?> Reason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Text.IsVisible).WithMessage("Give a reason: it is kept with the decision.").MaximumLength(MaxReasonLength);

    /// <summary>A person's, an organisation's or a thing's name: required, at most <paramref name="maxLength"/> characters,
    /// visible, without control or format characters.</summary>
    public static IRuleBuilderOptions<T, string?> Name<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength)
            .Must(Text.IsPlainName).WithMessage("A name needs visible text and no control or formatting characters.");
}
