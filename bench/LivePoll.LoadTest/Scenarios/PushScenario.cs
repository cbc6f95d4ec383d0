namespace LivePoll.LoadTest.Scenarios;

/// <summary>The moderator opens a question through the API; time until every phone has QuestionChanged.</summary>
internal static class PushScenario
{
    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var latency = new Latency();
        var missing = 0;
        var serverBefore = await run.Staff.RuntimeAsync(cancellationToken);
        var clientBefore = ClientCpuMs();
        for (var round = 0; round < run.Options.PushRounds; round++)
        {
            missing += (await run.OpenFreshQuestionAsync(cancellationToken, latency)).Missing;
        }
        var serverCpu = (await run.Staff.RuntimeAsync(cancellationToken)).CpuTimeMs - serverBefore.CpuTimeMs;
        var clientCpu = ClientCpuMs() - clientBefore;
        var phones = run.Phones.Count;
        var summary = latency.Summarize();
        var targetMs = phones > 1000 ? 250 : 100;
        run.Report.Add(new ReportRow("push", $"{phones} phones, {run.Options.PushRounds} questions opened",
            "API open → QuestionChanged on every phone, p50 / p99 / max", summary.ToString(), $"p99 ≤ {targetMs} ms",
            summary.Count > 0 && summary.P99Ms <= targetMs, summary));
        run.Report.Add(new ReportRow("push", $"{phones} phones, {run.Options.PushRounds} questions opened", "CPU per question pushed: server / load generator",
            $"{serverCpu / run.Options.PushRounds:0} ms / {clientCpu / run.Options.PushRounds:0} ms", "", null));
        if (missing > 0)
        {
            run.Report.Fail("push", $"{missing} phones never got the question");
        }
    }

    private static double ClientCpuMs()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalMilliseconds;
    }
}
