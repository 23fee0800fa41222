using Competition.Domain.Wages;

namespace Competition.Server.Apis.Models;

/// <summary>A recorded agreement with the floor (and allowance) it gives each level, lowest first; no level: no certificate.</summary>
public sealed record AgreementView(long Id, AgreementRequest Agreement, IReadOnlyList<LevelFloor> Floors, string CreatedBy, DateTimeOffset CreatedAt);
