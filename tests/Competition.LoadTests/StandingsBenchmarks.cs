using BenchmarkDotNet.Attributes;
using Competition.Domain.Marking;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using Competition.Domain.Standings;

namespace Competition.LoadTests;

/// <summary>
/// What one mark costs the standings in a large field: re-aggregating the contestant's aspect and
/// moving them in the order (<see cref="ApplyOneMark"/>), against reading the whole ranking out, which
/// happens once per coalesced snapshot, not per mark (<see cref="RankWholeField"/>).
/// </summary>
[MemoryDiagnoser]
public class StandingsBenchmarks
{
    private const long Graded = 3, Judgement = 2;
    private static readonly long[] Panel = [1, 2, 3, 4, 5];

    private Scoreboard _board = null!;
    private long _sequence;
    private int _next;

    [Params(100, 10_000)]
    public int Contestants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scheme = new MarkingScheme([
            new SchemeModule(10, "实操", 1m, [
                new SchemeAspect(1, "焊缝尺寸", AspectKind.Measurement, 10m, [1m, 2m]),
                new SchemeAspect(Judgement, "外观质量", AspectKind.Judgement, 9m),
            ]),
            new SchemeModule(20, "射线探伤", 0.5m, [new SchemeAspect(Graded, "评定", AspectKind.Graded, 20m)]),
        ]);
        var contestants = Enumerable.Range(1, Contestants).Select(i => new ContestantInfo(i, i.ToString("00000"), $"单位{i % 40}")).ToList();
        _board = new Scoreboard(scheme, CompetitionRules.Default, contestants);
        var random = new Random(2026);
        // A field in full swing: every contestant judged by a panel of five on two aspects.
        foreach (var contestant in contestants)
        {
            foreach (var judge in Panel)
            {
                _board.Apply(new JudgeMark(judge, contestant.Id, Graded, random.Next(0, 41) / 2m, ++_sequence));
                _board.Apply(new JudgeMark(judge, contestant.Id, Judgement, random.Next(1, 3), ++_sequence));
            }
        }
    }

    /// <summary>One judge's new graded mark for the next contestant: a five-judge trimmed mean and a move in the order.</summary>
    [Benchmark]
    public bool ApplyOneMark()
    {
        _next = _next % Contestants + 1;
        return _board.Apply(new JudgeMark(Panel[_next % Panel.Length], _next, Graded, (_sequence % 41) / 2m, ++_sequence));
    }

    /// <summary>The whole ranking with shared ranks, as a snapshot reads it.</summary>
    [Benchmark]
    public int RankWholeField() => _board.Rank().Count;
}
