using Competition.Domain.Statistics;

namespace Competition.Server.Statistics;

/// <summary>The statistics of an organisation (and every one below it) for a period, each figure with the year before,
/// and how each is counted.</summary>
public sealed record StatisticsView(long OrganizationId, string OrganizationName, IReadOnlyList<string> Includes, YearInNumbers Figures,
    IReadOnlyList<StatisticsDefinition> Definitions);
