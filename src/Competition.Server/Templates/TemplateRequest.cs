using Competition.Domain.Rules;
using Competition.Server.Competitions;

namespace Competition.Server.Templates;

/// <summary>A marking scheme (and rules) saved under a name for an occupation, to start next year's contest from.</summary>
public sealed record TemplateRequest(string Name, string Occupation, MarkingSchemeRequest MarkingScheme, CompetitionRules? Rules = null);
