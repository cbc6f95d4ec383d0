using LivePoll.LoadTest;
using LivePoll.LoadTest.Scenarios;

if (LoadTestOptions.Parse(args) is not { } options)
{
    return 2;
}
using var deadline = new CancellationTokenSource(options.Deadline);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    deadline.Cancel();
};
var cancellationToken = deadline.Token;

await using var target = await TargetApp.StartAsync(options, cancellationToken);
using var staff = await StaffClient.SignInAsync(target.BaseUrl, options.AdminEmail, options.AdminPassword, cancellationToken);
var benchEvent = await staff.CreateEventAsync(BenchRun.QuestionsNeeded(options), cancellationToken);
var report = new Report(options, target.Description);
var run = new BenchRun(options, target, staff, benchEvent, report);
Console.WriteLine($"Load test against {target.Description}; event {benchEvent.Code}; {Report.Machine}");

(string Name, Func<BenchRun, CancellationToken, Task> Run)[] scenarios =
[
    ("weight", PageWeightScenario.RunAsync),
    ("connect", ConnectStormScenario.RunAsync),
    ("push", PushScenario.RunAsync),
    ("votes", VoteBurstScenario.RunVotesAsync),
    ("results", ResultsStreamScenario.RunAsync),
    ("wake", SleepWakeScenario.RunAsync),
    ("throughput", VoteBurstScenario.RunThroughputAsync),
    ("export", ExportScenario.RunAsync),
    ("lighthouse", LighthouseScenario.RunAsync),
];
try
{
    foreach (var (name, scenario) in scenarios.Where(s => options.Runs(s.Name)))
    {
        if (name is not ("weight" or "connect" or "export" or "lighthouse") && run.Phones.Count == 0)
        {
            await ConnectStormScenario.RunAsync(run, cancellationToken); // the other scenarios need connected phones
        }
        Console.WriteLine($"▶ {name}");
        await scenario(run, cancellationToken);
    }
}
catch (OperationCanceledException)
{
    report.Fail("run", $"stopped at the deadline of {options.Deadline.TotalMinutes:0} minutes or by Ctrl+C");
}
finally
{
    await Task.WhenAll(run.Phones.Select(p => p.DisposeAsync().AsTask()));
}

Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
await report.WriteJsonAsync(options.Output);
Console.WriteLine($"JSON written to {Path.GetFullPath(options.Output)}");
return report.AllCorrect ? 0 : 1;
