using Competition.Domain.Rules;
using Competition.Server.Competitions;

namespace Competition.Server.Templates;

/// <summary>A saved template: what a new competition's editor starts from.</summary>
public sealed record TemplateView(
    long Id, string Name, string Occupation, MarkingSchemeRequest MarkingScheme, CompetitionRules Rules, long? OrganizationId, DateTimeOffset CreatedAt);
