using System.Diagnostics;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// A share of the phones vote, go to sleep (connection gone) and all wake at the same moment: each
/// opens a new connection, joins again with its token (and must get its vote back), then votes again.
/// Measured: from the moment of waking until the new vote is acknowledged.
/// </summary>
internal static class SleepWakeScenario
{
    public const double TargetSeconds = 1;

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var question = run.OpenQuestion ?? (await run.OpenFreshQuestionAsync(cancellationToken)).Question;
        var sleepers = run.Phones.Skip(1).Take(Math.Max(1, (int)(run.Phones.Count * run.Options.WakeFraction))).ToList();
        var first = question.Options[0].Id;
        var second = question.Options[1].Id;
        var refusedBefore = (await Task.WhenAll(sleepers.Select(p => p.VoteAsync(question.Id, first, cancellationToken)))).Count(r => !r.Ok);
        await Task.WhenAll(sleepers.Select(p => p.SleepAsync()));
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);

        var latency = new Latency();
        var lostVote = 0;
        var failed = 0;
        var wokeAt = Stopwatch.GetTimestamp();
        string? reason = null; // the first failure after waking, for the report
        await Task.WhenAll(sleepers.Select(async phone =>
        {
            try
            {
                var joined = await phone.WakeAsync(run.Target.BaseUrl, run.Event.Code, cancellationToken);
                if (joined.MyResponse?.OptionIds?.SequenceEqual([first]) != true)
                {
                    Interlocked.Increment(ref lostVote);
                }
                var result = await phone.VoteAsync(question.Id, second, cancellationToken);
                if (result.Ok)
                {
                    latency.RecordSince(wokeAt);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    reason ??= result.Error;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
                reason ??= ex.Message;
            }
        }));
        var summary = latency.Summarize();
        run.Report.Add(new ReportRow("sleep/wake", $"{sleepers.Count} of {run.Phones.Count} phones wake at once",
            "wake → reconnected, rejoined, new vote acked, p50 / p99 / max", summary.ToString(), $"p99 ≤ {TargetSeconds} s",
            summary.Count > 0 && summary.P99Ms <= TargetSeconds * 1000, summary));
        run.Report.Figure(Figures.WakeP99, summary.P99Ms);
        if (refusedBefore + lostVote + failed > 0)
        {
            run.Report.Fail("sleep/wake", $"{refusedBefore} votes refused before sleeping, {lostVote} phones lost their vote on rejoining, {failed} failed after waking{(reason is null ? "" : $" (first: {reason})")}");
        }
    }
}
