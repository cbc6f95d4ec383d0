using System.Globalization;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// A large event (by default 10,000 participants × 20 questions, every one answered through the hub), then every
/// export format downloaded once: seconds to the first and the last byte, size, and the server's working set
/// sampled while it writes. The CSV must hold exactly one row per acknowledged answer.
/// </summary>
internal static class ExportScenario
{
    private const int Connections = 200;
    private static readonly string[] Formats = ["csv", "xlsx", "json", "html", "docx", "pdf"];

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var options = run.Options;
        var ev = await run.Staff.CreateEventAsync(options.ExportQuestions, cancellationToken, "Export test");
        var questions = ev.Sessions.SelectMany(s => s.Questions).ToList();
        foreach (var question in questions)
        {
            await run.Staff.OpenKeepingOthersAsync(ev.Id, question.Id, cancellationToken);
        }

        var answered = 0L;
        var refused = 0L;
        var started = DateTime.UtcNow;
        var workers = Enumerable.Range(0, Math.Min(Connections, options.ExportParticipants)).Select(async worker =>
        {
            await using var phone = await BenchPhone.ConnectAsync(run.Target.PhoneUrl(worker), worker, run.PhoneEvents, cancellationToken);
            for (var participant = worker; participant < options.ExportParticipants; participant += Connections)
            {
                await phone.JoinAsNewAsync(ev.Code, cancellationToken);
                foreach (var question in questions)
                {
                    var option = question.Options[(participant + question.Options.Count) % question.Options.Count].Id;
                    var result = await phone.VoteAsync(question.Id, option, cancellationToken);
                    Interlocked.Increment(ref result.Ok ? ref answered : ref refused);
                }
            }
        });
        await Task.WhenAll(workers);
        var load = $"{options.ExportParticipants:N0} participants × {questions.Count} questions ({answered:N0} answers)";
        run.Report.Add(new ReportRow("export", load, "answers stored through the hub (refused)",
            $"{answered:N0} in {(DateTime.UtcNow - started).TotalSeconds:0} s ({refused})", "0 refused", refused == 0));

        foreach (var format in Formats)
        {
            var before = await run.Staff.RuntimeAsync(cancellationToken);
            using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var peak = SamplePeakWorkingSetAsync(run.Staff, before.WorkingSetBytes, sampling.Token);
            var (firstByte, total, bytes, lines) = await run.Staff.DownloadExportAsync(ev.Id, format, cancellationToken);
            await sampling.CancelAsync();
            var grown = (await peak - before.WorkingSetBytes) / 1024.0 / 1024.0;
            run.Report.Add(new ReportRow("export", load, $"GET export/{format}: last byte (first byte), size, server working set growth",
                string.Create(CultureInfo.InvariantCulture, $"{total:0.0} s ({firstByte:0.0} s), {bytes / 1024.0 / 1024.0:0.0} MB, +{Math.Max(0, grown):0} MB"),
                "seconds", total < 60, new { format, total, firstByte, bytes, workingSetGrowthMb = grown }));
            if (format == "csv" && lines - 1 != answered)
            {
                run.Report.Fail("export", $"the CSV has {lines - 1} answer rows for {answered} acknowledged answers");
            }
        }
    }

    /// <summary>The highest working set seen every 100 ms until cancelled (a sample can miss a short peak).</summary>
    private static async Task<long> SamplePeakWorkingSetAsync(StaffClient staff, long start, CancellationToken cancellationToken)
    {
        var peak = start;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                peak = Math.Max(peak, (await staff.RuntimeAsync(cancellationToken)).WorkingSetBytes);
                await Task.Delay(100, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // the download finished
        }
        return peak;
    }
}
