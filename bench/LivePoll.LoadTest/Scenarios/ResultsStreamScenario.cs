using System.Collections.Concurrent;
using System.Diagnostics;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// With results shown live, time from a vote being sent until a screen watching the results sees it
/// counted in ResultsUpdated (the projector's feed; every phone gets the same broadcast). Each vote
/// comes from a different phone, so the k-th acknowledged vote is counted once the total reaches k.
/// </summary>
internal static class ResultsStreamScenario
{
    private const double TargetMs = 400;

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var phones = run.Phones;
        if (phones.Count < 2)
        {
            run.Report.Fail("results stream", "needs at least two phones");
            return;
        }
        var watcher = phones[0];
        var voters = phones.Skip(1).Take((int)(run.Options.ResultsRate * run.Options.ResultsSeconds)).ToList();
        var (question, _) = await run.OpenFreshQuestionAsync(cancellationToken);
        await run.Staff.RevealAsync(run.Event.Id, question.Id, cancellationToken);

        var updates = new ConcurrentQueue<(long At, int Total)>();
        run.PhoneEvents.ResultsUpdated = (phone, results, at) =>
        {
            if (phone == watcher && results.QuestionId == question.Id)
            {
                updates.Enqueue((at, results.Participants));
            }
        };
        var votes = new ConcurrentBag<(long Sent, long Acked)>();
        var refused = 0;
        await OpenModel.RunAsync(voters.Count, run.Options.ResultsRate, async (i, intended) =>
        {
            var result = await voters[i].VoteAsync(question.Id, question.Options[i % question.Options.Count].Id, cancellationToken);
            if (result.Ok)
            {
                votes.Add((intended, Stopwatch.GetTimestamp()));
            }
            else
            {
                Interlocked.Increment(ref refused);
            }
        }, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken); // the last broadcast
        run.PhoneEvents.ResultsUpdated = null;

        var latency = new Latency();
        var byAck = votes.OrderBy(v => v.Acked).ToList();
        var seen = updates.ToList();
        var unseen = 0;
        for (var k = 0; k < byAck.Count; k++)
        {
            var update = seen.FirstOrDefault(u => u.Total >= k + 1);
            if (update.At == 0)
            {
                unseen++;
                continue;
            }
            latency.Record(update.At - byAck[k].Sent);
        }
        var summary = latency.Summarize();
        run.Report.Add(new ReportRow("results stream", $"{run.Options.ResultsRate} first votes/s × {run.Options.ResultsSeconds:0.#} s, {phones.Count} phones watching",
            "vote sent → counted on screen, p50 / p99 / max", summary.ToString(), $"p99 ≤ {TargetMs} ms", summary.Count > 0 && summary.P99Ms <= TargetMs,
            new { summary, updates = seen.Count }));
        run.Report.Figure(Figures.ResultsP99, summary.P99Ms);
        if (unseen > 0 || refused > 0)
        {
            run.Report.Fail("results stream", $"{unseen} acked votes never appeared in the results; {refused} refused");
        }
    }
}
