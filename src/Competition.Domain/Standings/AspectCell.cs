using Competition.Domain.Moderation;

namespace Competition.Domain.Standings;

/// <summary>One contestant's marking of one aspect: each judge's latest entry and its moderation.</summary>
internal sealed class AspectCell
{
    public readonly Dictionary<long, (decimal Value, long Sequence)> Entries = [];
    public ModerationState State;
    /// <summary>What the aspect currently adds to its module (0 while in moderation).</summary>
    public decimal Mark;
    public long RescoreRequestedAt;
    public IReadOnlyCollection<long> RescoreJudges = [];
    public long ResolvedAt;
    public decimal? AgreedScore;

    public decimal Spread => Entries.Count < 2 ? 0 : Entries.Values.Max(e => e.Value) - Entries.Values.Min(e => e.Value);

    public IReadOnlyList<long> AwaitingRescore() =>
        RescoreJudges.Where(j => !Entries.TryGetValue(j, out var e) || e.Sequence < RescoreRequestedAt).ToArray();
}
