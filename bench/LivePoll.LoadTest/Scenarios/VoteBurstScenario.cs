using System.Diagnostics;
using System.Globalization;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// R votes per second for D seconds, spread over all phones (open model; a phone that votes again
/// changes its vote). Latency runs from the intended send time to the ack, which the server gives
/// only after the commit. Afterwards the API's results must equal the acknowledged votes exactly.
/// </summary>
internal static class VoteBurstScenario
{
    private const double SustainedTarget = 12_000;

    public static Task RunVotesAsync(BenchRun run, CancellationToken cancellationToken) =>
        RunAsync(run, "vote burst", run.Options.VoteRate, run.Options.VoteSeconds, cancellationToken);

    public static Task RunThroughputAsync(BenchRun run, CancellationToken cancellationToken) =>
        RunAsync(run, "sustained votes", run.Options.MaxRate, run.Options.MaxSeconds, cancellationToken);

    private static async Task RunAsync(BenchRun run, string name, int rate, double seconds, CancellationToken cancellationToken)
    {
        var phones = run.Phones;
        if (phones.Count == 0)
        {
            run.Report.Fail(name, "no phones connected");
            return;
        }
        var (question, _) = await run.OpenFreshQuestionAsync(cancellationToken);
        var before = await run.Staff.RuntimeAsync(cancellationToken);
        var ledger = new AckLedger(phones.Count);
        var latency = new Latency();
        var count = (int)(rate * seconds);
        var start = Stopwatch.GetTimestamp();
        long lastAck = start;
        await OpenModel.RunAsync(count, rate, async (i, intended) =>
        {
            var phone = phones[i % phones.Count];
            var option = question.Options[(i / phones.Count + phone.Number) % question.Options.Count].Id;
            try
            {
                var result = await phone.VoteAsync(question.Id, option, cancellationToken);
                latency.RecordSince(intended);
                ledger.Record(i % phones.Count, i, result.Ok ? option : null);
                InterlockedMax(ref lastAck, Stopwatch.GetTimestamp());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ledger.RecordUnknown();
            }
        }, cancellationToken);
        var after = await run.Staff.RuntimeAsync(cancellationToken);

        // Served rate: acknowledged votes over the time from the first send to the last ack.
        var achieved = ledger.Acked / ((lastAck - start) / (double)Stopwatch.Frequency);
        var load = $"{rate} votes/s × {seconds:0.#} s over {phones.Count} phones";
        var summary = latency.Summarize();
        var errors = ledger.Rejected + ledger.Unknown;
        if (name == "vote burst")
        {
            run.Report.Add(new ReportRow(name, load, "ack after commit p50 / p99 / max", summary.ToString(), "p99 ≤ 100 ms",
                summary.Count > 0 && summary.P99Ms <= 100, summary));
            run.Report.Figure(Figures.AckP99, summary.P99Ms);
        }
        else
        {
            run.Report.Add(new ReportRow(name, load, "served: acked votes ÷ (last ack − first send) (ack p50 / p99 / max)",
                $"{achieved:0} /s ({summary})", $"≥ {SustainedTarget:N0} /s, no errors", achieved >= SustainedTarget && errors == 0, summary));
            run.Report.Figure(Figures.VotesPerSecond, achieved);
            run.Report.Figure(Figures.CpuPerVote, (after.CpuTimeMs - before.CpuTimeMs) / Math.Max(1, ledger.Acked));
        }
        run.Report.Add(new ReportRow(name, load, "errors (refused / no answer)", $"{ledger.Rejected} / {ledger.Unknown}", "0", errors == 0));
        run.Report.Add(new ReportRow(name, load, "GC pauses", $"{after.GcPauseTotalMs - before.GcPauseTotalMs:0} ms, " +
            $"{after.Gen0Collections - before.Gen0Collections} gen0 / {after.Gen1Collections - before.Gen1Collections} gen1 / {after.Gen2Collections - before.Gen2Collections} gen2; " +
            $"server CPU {(after.CpuTimeMs - before.CpuTimeMs) / 1000:0.0} s", "", null));
        await CheckResultsAsync(run, name, question, ledger, cancellationToken);
    }

    /// <summary>The API must count exactly the last acknowledged vote of every phone.</summary>
    private static async Task CheckResultsAsync(BenchRun run, string name, QuestionPayload question, AckLedger ledger, CancellationToken cancellationToken)
    {
        if (ledger.Unknown > 0)
        {
            run.Report.Fail(name, $"{ledger.Unknown} votes got no answer, so the final count cannot be checked exactly");
            return;
        }
        var results = await run.Staff.ResultsAsync(run.Event.Id, question.Id, cancellationToken);
        var expected = ledger.FinalCounts();
        var wrong = question.Options
            .Where(o => expected.GetValueOrDefault(o.Id) != (results.Options.SingleOrDefault(r => r.OptionId == o.Id)?.Phone ?? 0))
            .Select(o => $"{o.Text}: API {results.Options.SingleOrDefault(r => r.OptionId == o.Id)?.Phone ?? 0}, acked {expected.GetValueOrDefault(o.Id)}")
            .ToList();
        var participants = expected.Values.Sum();
        if (wrong.Count > 0 || results.Participants != participants)
        {
            run.Report.Fail(name, $"API results differ from the acked votes ({string.Join("; ", wrong)}; participants API {results.Participants}, acked {participants})");
            return;
        }
        run.Report.Add(new ReportRow(name, "", "API results = acknowledged votes",
            $"exact ({participants.ToString(CultureInfo.InvariantCulture)} participants, {ledger.Acked} acks)", "exact", true));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}

/// <summary>
/// Per phone, the newest acknowledged vote. The server handles one phone's calls in order, so the
/// newest acknowledged vote (by send order) is the one stored.
/// </summary>
internal sealed class AckLedger(int phones)
{
    private readonly (int Sequence, Guid? Option)[] _latest = Enumerable.Repeat((-1, (Guid?)null), phones).ToArray();
    private int _acked;
    private int _rejected;
    private int _unknown;

    public int Acked => Volatile.Read(ref _acked);
    public int Rejected => Volatile.Read(ref _rejected);
    public int Unknown => Volatile.Read(ref _unknown);

    /// <param name="option">The voted option when acknowledged; null when the server refused the vote.</param>
    public void Record(int phone, int sequence, Guid? option)
    {
        if (option is null)
        {
            Interlocked.Increment(ref _rejected);
            return;
        }
        Interlocked.Increment(ref _acked);
        lock (_latest)
        {
            if (sequence > _latest[phone].Sequence)
            {
                _latest[phone] = (sequence, option);
            }
        }
    }

    public void RecordUnknown() => Interlocked.Increment(ref _unknown);

    public Dictionary<Guid, int> FinalCounts()
    {
        lock (_latest)
        {
            return _latest.Where(l => l.Option is not null).GroupBy(l => l.Option!.Value).ToDictionary(g => g.Key, g => g.Count());
        }
    }
}
