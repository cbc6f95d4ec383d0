using System.Diagnostics;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// The moderator opens questions through the API; measured is the time until every phone has
/// QuestionChanged. The first pushes after start run while the runtime is still compiling the hot
/// paths to their optimised tier (reported separately); the target applies to the steady state after.
/// </summary>
internal static class PushScenario
{
    private const double FirstPushesTargetMs = 300;

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var phones = run.Phones.Count;
        if (run.Options.PushWarmUpRounds > 0)
        {
            var cold = await PushAsync(run, run.Options.PushWarmUpRounds, cancellationToken);
            // at 10,000 phones the first pushes are held to the steady-state target only
            var coldTargetMs = phones > 5000 ? (double?)null : FirstPushesTargetMs;
            run.Report.Add(new ReportRow("push", $"{phones} phones, first {run.Options.PushWarmUpRounds} questions after start",
                "API open → QuestionChanged on every phone, p50 / p99 / max", cold.Latency.ToString(),
                coldTargetMs is { } cold99 ? $"p99 ≤ {cold99} ms" : "", coldTargetMs is { } limit ? cold.Latency.Count > 0 && cold.Latency.P99Ms <= limit : null, cold));
            run.Report.Figure(Figures.FirstPushesP99, cold.Latency.P99Ms);
        }
        var steady = await PushAsync(run, run.Options.PushRounds, cancellationToken);
        var targetMs = phones switch { >= 10_000 => 500, > 1000 => 200, _ => 100 };
        run.Report.Add(new ReportRow("push", $"{phones} phones, next {run.Options.PushRounds} questions (steady state)",
            "API open → QuestionChanged on every phone, p50 / p99 / max", steady.Latency.ToString(), $"p99 ≤ {targetMs} ms",
            steady.Latency.Count > 0 && steady.Latency.P99Ms <= targetMs, steady));
        run.Report.Figure(Figures.PushP99, steady.Latency.P99Ms);
        run.Report.Figure(Figures.CpuPerPushPer1000Phones, steady.ServerCpuMs / Math.Max(1, phones) * 1000);
        run.Report.Add(new ReportRow("push", $"{phones} phones, steady state", "CPU per question pushed: server / load generator (server JIT)",
            $"{steady.ServerCpuMs:0} ms / {steady.ClientCpuMs:0} ms ({steady.JitMs:0} ms)", "", null));
    }

    private static async Task<PushSummary> PushAsync(BenchRun run, int rounds, CancellationToken cancellationToken)
    {
        var latency = new Latency();
        var missing = 0;
        var serverBefore = await run.Staff.RuntimeAsync(cancellationToken);
        var clientBefore = ClientCpuMs();
        for (var round = 0; round < rounds; round++)
        {
            missing += (await run.OpenFreshQuestionAsync(cancellationToken, latency)).Missing;
        }
        var serverAfter = await run.Staff.RuntimeAsync(cancellationToken);
        if (missing > 0)
        {
            run.Report.Fail("push", $"{missing} phones never got the question");
        }
        return new PushSummary(
            latency.Summarize(),
            (serverAfter.CpuTimeMs - serverBefore.CpuTimeMs) / rounds,
            (ClientCpuMs() - clientBefore) / rounds,
            (serverAfter.JitTimeMs - serverBefore.JitTimeMs) / rounds);
    }

    private static double ClientCpuMs()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalMilliseconds;
    }

    private sealed record PushSummary(LatencySummary Latency, double ServerCpuMs, double ClientCpuMs, double JitMs);
}
