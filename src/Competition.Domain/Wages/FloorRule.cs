using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>
/// The rule of a skill-level wage agreement that sets the monthly floor of each level (2025 national
/// guidance on minimum pay for skilled workers): start from the statutory minimum wage raised by
/// <see cref="MinimumRaise"/> (0.10 = 10 %), not below <see cref="ReferenceMonthly"/> (e.g. the local P10 of
/// comparable posts, as a monthly figure) where given; that is the floor without a certificate (and for
/// apprentices). Then each rung up the ladder steps up by <see cref="StepValue"/>: a share
/// (<see cref="StepKind.Percentage"/>, 0.08 = 8 %, compounding rung by rung) or an amount in yuan
/// (<see cref="StepKind.FixedAmount"/>); or the floor stays and each level gets the monthly allowance in
/// <see cref="Allowances"/> (<see cref="StepKind.Allowance"/>).
/// </summary>
public sealed record FloorRule(
    decimal StatutoryMinimumMonthly,
    decimal MinimumRaise,
    decimal? ReferenceMonthly,
    StepKind Step,
    decimal StepValue,
    IReadOnlyDictionary<SkillLevel, decimal>? Allowances = null);
