using Competition.Domain.Ledger;

namespace Competition.UnitTests;

public sealed class LedgerChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static List<LedgerEvent> Chain(int count)
    {
        var events = new List<LedgerEvent>();
        string? previous = null;
        for (var i = 1; i <= count; i++)
        {
            var e = LedgerChain.Seal(7, new LedgerEvent(i, LedgerEventType.Mark, At.AddSeconds(i), "judge:1", Guid.NewGuid(), 1, 2, 3, Value: i), previous);
            events.Add(e);
            previous = e.Hash;
        }
        return events;
    }

    [Fact]
    public void A_sealed_chain_verifies_and_each_event_links_to_the_one_before()
    {
        var events = Chain(5);

        Assert.Null(LedgerChain.Verify(7, events));
        Assert.Null(events[0].PreviousHash);
        Assert.Equal(events[2].Hash, events[3].PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", events[4].Hash);
    }

    [Fact]
    public void An_altered_value_breaks_the_chain_at_that_event()
    {
        var events = Chain(5);
        events[2] = events[2] with { Value = 99m };

        Assert.Equal(3, LedgerChain.Verify(7, events)?.Sequence);
    }

    [Fact]
    public void A_removed_event_breaks_the_link_of_the_next()
    {
        var events = Chain(5);
        events.RemoveAt(1);

        Assert.Equal(3, LedgerChain.Verify(7, events)?.Sequence);
    }

    [Fact]
    public void The_same_event_in_another_competition_hashes_differently_and_trailing_zeros_do_not_matter()
    {
        var e = new LedgerEvent(1, LedgerEventType.Mark, At, "judge:1", Value: 8.5m);
        Assert.NotEqual(LedgerChain.ComputeHash(7, e), LedgerChain.ComputeHash(8, e));
        Assert.Equal(LedgerChain.ComputeHash(7, e), LedgerChain.ComputeHash(7, e with { Value = 8.500m }));
    }
}
