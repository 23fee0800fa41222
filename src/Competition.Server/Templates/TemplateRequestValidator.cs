using Competition.Server.Competitions;
using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Templates;

public sealed class TemplateRequestValidator : AbstractValidator<TemplateRequest>
{
    public TemplateRequestValidator()
    {
        RuleFor(x => x.Name).Name(200);
        RuleFor(x => x.Occupation).Name(200);
        RuleFor(x => x.MarkingScheme).NotNull().SetValidator(new MarkingSchemeRequestValidator());
        RuleFor(x => x.Rules).SetValidator(new CompetitionRulesValidator()!).When(x => x.Rules is not null);
    }
}
