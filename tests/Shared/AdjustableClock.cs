namespace Competition.Testing;

/// <summary>The real clock, moved forward on request: for tests where years must pass.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
}
