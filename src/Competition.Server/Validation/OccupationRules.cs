using System.Text.RegularExpressions;
using FluentValidation;

namespace Competition.Server.Validation;

/// <summary>Occupation fields as the national classification (职业分类大典) writes them.</summary>
public static partial class OccupationRules
{
    public const string CodeMessage = "An occupation code has the classification's shape, e.g. 4-02-07-01.";
    public const string EditionMessage = "The classification edition is 1999, 2015 or 2022.";

    public static bool IsCode(string? code) => code is not null && Code().IsMatch(code);

    public static bool IsEdition(string? edition) => edition is "1999" or "2015" or "2022";

    public static IRuleBuilderOptions<T, string> OccupationCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsCode).WithMessage(CodeMessage);

    public static IRuleBuilderOptions<T, string> Edition<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsEdition).WithMessage(EditionMessage);

    public static IRuleBuilderOptions<T, string?> OccupationName<T>(this IRuleBuilder<T, string?> rule) => rule.Name(200);

    [GeneratedRegex(@"^[1-8]-\d{2}-\d{2}-\d{2}(-\d{2})?$")]
    private static partial Regex Code();
}
