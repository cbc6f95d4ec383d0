using HdrHistogram;
using System.Diagnostics;

namespace LivePoll.LoadTest;

/// <summary>A thread-safe latency histogram in microseconds (1 µs … 5 min, 3 significant digits).</summary>
internal sealed class Latency
{
    private readonly LongConcurrentHistogram _histogram = new(1, 300_000_000, 3);

    public long Count => _histogram.TotalCount;

    /// <summary>Records the time from <paramref name="fromTimestamp"/> (a <see cref="Stopwatch"/> timestamp) until now.</summary>
    public void RecordSince(long fromTimestamp) => Record(Stopwatch.GetTimestamp() - fromTimestamp);

    public void Record(long stopwatchTicks) =>
        _histogram.RecordValue(Math.Clamp(stopwatchTicks * 1_000_000 / Stopwatch.Frequency, 1, 300_000_000));

    public LatencySummary Summarize() => Count == 0
        ? new LatencySummary(0, 0, 0, 0, 0)
        : new LatencySummary(
            Count,
            Milliseconds(_histogram.GetValueAtPercentile(50)),
            Milliseconds(_histogram.GetValueAtPercentile(99)),
            Milliseconds(_histogram.GetValueAtPercentile(99.9)),
            Milliseconds(_histogram.GetMaxValue()));

    private static double Milliseconds(long microseconds) => Math.Round(microseconds / 1000.0, 1);
}

internal sealed record LatencySummary(long Count, double P50Ms, double P99Ms, double P999Ms, double MaxMs)
{
    public override string ToString() => Count == 0 ? "no samples" : $"{P50Ms:0.#} / {P99Ms:0.#} / {MaxMs:0.#} ms";
}
