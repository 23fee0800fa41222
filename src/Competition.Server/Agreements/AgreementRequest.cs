using System.Text.Json.Serialization;
using Competition.Domain.Wages;

namespace Competition.Server.Agreements;

/// <summary>
/// A skill-level wage agreement to record: who it binds, its term, and its floor rule — the statutory
/// minimum monthly wage, the raise over it (0.1 = 10 %), an optional monthly reference — an amount, or a
/// percentile of published guidance (<see cref="Reference"/>, resolved to the amount when recorded) — how floors step up the ladder (<c>percentage</c> 0.08 = 8 %, <c>fixedAmount</c> in yuan, or
/// <c>allowance</c> with monthly allowances per level) — one-off competition bonuses per award, and how many
/// workers it covers, as the parties report it (counted in the statistics).
/// </summary>
public sealed record AgreementRequest(
    string Name,
    AgreementScope Scope,
    string Party,
    string Region,
    DateOnly TermStart,
    DateOnly TermEnd,
    decimal StatutoryMinimumMonthly,
    decimal MinimumRaise,
    decimal? ReferenceMonthly,
    StepKind Step,
    decimal StepValue,
    IReadOnlyList<LevelAmount>? Allowances = null,
    IReadOnlyList<AwardAmount>? CompetitionBonuses = null,
    GuidanceReference? Reference = null,
    int? WorkersCovered = null)
{
    [JsonIgnore]
    public FloorRule Rule => new(StatutoryMinimumMonthly, MinimumRaise, ReferenceMonthly, Step, StepValue,
        Allowances?.GroupBy(a => a.Level).ToDictionary(g => g.Key, g => g.Last().Monthly));
}
