using System.Diagnostics;

namespace Competition.LoadTests;

/// <summary>Delivery latencies in milliseconds, summarised by nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    /// <summary>Deliveries that never arrived.</summary>
    public int Missing { get; private set; }

    public void Add(long sentAt, long? arrivedAt)
    {
        if (arrivedAt is { } at)
        {
            _milliseconds.Add(Stopwatch.GetElapsedTime(sentAt, at).TotalMilliseconds);
        }
        else
        {
            Missing++;
        }
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }
        _milliseconds.Sort();
        var rank = (int)Math.Ceiling(p / 100 * _milliseconds.Count);
        return _milliseconds[Math.Clamp(rank - 1, 0, _milliseconds.Count - 1)];
    }

    public double P50 => Percentile(50);
    public double P90 => Percentile(90);
    public double P99 => Percentile(99);
    public double Max => Percentile(100);

    public override string ToString() =>
        $"p50 {P50,7:0.0} ms  p90 {P90,7:0.0} ms  p99 {P99,7:0.0} ms  max {Max,7:0.0} ms  ({Count:N0} deliveries{(Missing > 0 ? $", {Missing:N0} MISSING" : "")})";
}
