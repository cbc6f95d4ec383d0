using System.Diagnostics;

namespace LivePoll.LoadTest;

/// <summary>
/// Open-model load: action i is due at start + i / rate, whatever happened to the earlier ones, and
/// receives that intended time, so a slow server shows up as latency instead of a slower sender
/// (no coordinated omission).
/// </summary>
internal static class OpenModel
{
    public static async Task RunAsync(int count, double ratePerSecond, Func<int, long, Task> action, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var ticksPerAction = Stopwatch.Frequency / ratePerSecond;
        var running = new List<Task>(count);
        var next = 0;
        while (next < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = Stopwatch.GetTimestamp();
            var due = Math.Min(count, (int)((now - start) / ticksPerAction) + 1);
            for (; next < due; next++)
            {
                running.Add(action(next, start + (long)(next * ticksPerAction)));
            }
            if (next < count)
            {
                var wait = TimeSpan.FromSeconds((start + (long)(next * ticksPerAction) - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
                await Task.Delay(wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1), cancellationToken);
            }
        }
        await Task.WhenAll(running).WaitAsync(cancellationToken);
    }
}
