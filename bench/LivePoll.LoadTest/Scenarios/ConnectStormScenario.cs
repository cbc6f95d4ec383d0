namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// N phones connect and join within T seconds (open model). Also measures what each connected phone
/// costs the server: memory (working set) and CPU.
/// </summary>
internal static class ConnectStormScenario
{
    public const double MemoryBudgetKbPerPhone = 30;

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var options = run.Options;
        var before = await run.Staff.RuntimeAsync(cancellationToken);
        var latency = new Latency();
        var failures = 0;
        var phones = new BenchPhone?[options.Phones];
        await OpenModel.RunAsync(options.Phones, options.Phones / options.ConnectSeconds, async (i, intended) =>
        {
            try
            {
                var phone = await BenchPhone.ConnectAsync(run.Target.PhoneUrl(i), i, run.PhoneEvents, cancellationToken);
                await phone.JoinAsync(run.Event.Code, cancellationToken);
                latency.RecordSince(intended);
                phones[i] = phone;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref failures);
            }
        }, cancellationToken);
        run.Phones.AddRange(phones.OfType<BenchPhone>());

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // let the server settle before reading its memory
        var after = await run.Staff.RuntimeAsync(cancellationToken);
        var load = $"{options.Phones} phones in {options.ConnectSeconds:0.#} s";
        var summary = latency.Summarize();
        run.Report.Add(new ReportRow("connect storm", load, "connect + join p50 / p99 / max", summary.ToString(), "", null, summary));
        run.Report.Add(new ReportRow("connect storm", load, "failed joins", failures.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", failures == 0));
        if (after.ConnectedPhones != run.Phones.Count)
        {
            run.Report.Fail("connect storm", $"server counts {after.ConnectedPhones} connected phones, {run.Phones.Count} joined");
        }

        var connected = Math.Max(1, run.Phones.Count);
        var kbPerPhone = (after.WorkingSetBytes - before.WorkingSetBytes) / 1024.0 / connected;
        run.Report.Add(new ReportRow("resources", $"{run.Phones.Count} phones connected", "server memory per phone (working set growth ÷ phones)",
            $"{kbPerPhone:0.0} KB (working set {before.WorkingSetBytes / 1048576.0:0} → {after.WorkingSetBytes / 1048576.0:0} MB, managed heap {after.ManagedHeapBytes / 1048576.0:0} MB)",
            $"≤ {MemoryBudgetKbPerPhone} KB", kbPerPhone <= MemoryBudgetKbPerPhone, new { before, after }));
        run.Report.Figure(Figures.MemoryPerPhone, kbPerPhone);
        run.Report.Figure(Figures.CpuPerPhoneJoined, (after.CpuTimeMs - before.CpuTimeMs) / connected);
        run.Report.Add(new ReportRow("resources", load, "server CPU per phone joined",
            $"{(after.CpuTimeMs - before.CpuTimeMs) / connected:0.00} ms ({after.ProcessorCount} cores, {(after.ServerGc ? "server" : "workstation")} GC)", "", null));
        run.Report.Add(new ReportRow("resources", load, "GC pauses during the storm",
            $"{after.GcPauseTotalMs - before.GcPauseTotalMs:0} ms in {after.Gen0Collections - before.Gen0Collections} gen0 / {after.Gen1Collections - before.Gen1Collections} gen1 / {after.Gen2Collections - before.Gen2Collections} gen2",
            "", null));
    }
}
