using Competition.Domain.Marking;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using Competition.Domain.Standings;

namespace Competition.UnitTests;

/// <summary>A small scheme for rule tests. Module 10 (weight 1): measurement 1 (/10, deductions 1 and 2),
/// judgement 2 (/9). Module 20 (weight 0.5): graded 3 (/6).</summary>
internal static class TestScheme
{
    public const long Measurement = 1, Judgement = 2, Graded = 3;
    public const long Practical = 10, Safety = 20;

    public static readonly MarkingScheme Scheme = new([
        new SchemeModule(Practical, "实操", 1.0m, [
            new SchemeAspect(Measurement, "焊缝尺寸", AspectKind.Measurement, 10m, [1m, 2m]),
            new SchemeAspect(Judgement, "外观质量", AspectKind.Judgement, 9m),
        ]),
        new SchemeModule(Safety, "安全文明", 0.5m, [new SchemeAspect(Graded, "现场整理", AspectKind.Graded, 6m)]),
    ]);

    public static IReadOnlyList<ContestantInfo> Contestants(int count, params long[] outOfRanking) =>
        Enumerable.Range(1, count)
            .Select(i => new ContestantInfo(i, i.ToString("000"), i % 2 == 0 ? "齐星车身" : "程力专汽", outOfRanking.Contains(i)))
            .ToList();

    public static Scoreboard Board(int contestants = 4, CompetitionRules? rules = null, params long[] outOfRanking) =>
        new(Scheme, rules ?? CompetitionRules.Default, Contestants(contestants, outOfRanking));

    private static long _sequence;

    public static JudgeMark Mark(long judge, long contestant, long aspect, decimal value) =>
        new(judge, contestant, aspect, value, Interlocked.Increment(ref _sequence));

    public static long NextSequence() => Interlocked.Increment(ref _sequence);
}
