using System.Diagnostics;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>The moderator opens a question through the API; time until every phone has QuestionChanged.</summary>
internal static class PushScenario
{
    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var latency = new Latency();
        var missing = 0;
        for (var round = 0; round < run.Options.PushRounds; round++)
        {
            missing += await PushOnceAsync(run, latency, cancellationToken);
        }
        run.PhoneEvents.QuestionChanged = null;
        var phones = run.Phones.Count;
        var summary = latency.Summarize();
        var targetMs = phones > 1000 ? 250 : 100;
        run.Report.Add(new ReportRow("push", $"{phones} phones, {run.Options.PushRounds} questions opened",
            "API open → QuestionChanged on every phone, p50 / p99 / max", summary.ToString(), $"p99 ≤ {targetMs} ms",
            summary.Count > 0 && summary.P99Ms <= targetMs, summary));
        if (missing > 0)
        {
            run.Report.Fail("push", $"{missing} phones never got the question");
        }
    }

    private static async Task<int> PushOnceAsync(BenchRun run, Latency latency, CancellationToken cancellationToken)
    {
        var received = 0;
        var everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new bool[run.Options.Phones];
        long openedAt = 0;
        Guid target = Guid.Empty;
        run.PhoneEvents.QuestionChanged = (phone, question, at) =>
        {
            if (question?.Id != target || question.State != "Open" || Interlocked.Exchange(ref seen[phone.Number], true))
            {
                return;
            }
            latency.Record(at - Volatile.Read(ref openedAt));
            if (Interlocked.Increment(ref received) == run.Phones.Count)
            {
                everyone.TrySetResult();
            }
        };
        await run.OpenFreshQuestionAsync(cancellationToken, question =>
        {
            target = question.Id;
            Volatile.Write(ref openedAt, Stopwatch.GetTimestamp());
        });
        await Task.WhenAny(everyone.Task, Task.Delay(TimeSpan.FromSeconds(30), cancellationToken));
        return run.Phones.Count - Volatile.Read(ref received);
    }
}
