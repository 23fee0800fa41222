using Competition.Domain.Competitions;

namespace Competition.Server.Competitions;

/// <summary>Figures imported per contestant: theory scores, or completion times in minutes.</summary>
public sealed record FiguresRequest(IReadOnlyList<ContestantFigure> Rows);
