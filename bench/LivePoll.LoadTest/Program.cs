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
// what the bare hub has too: the phones' hub calls and the API calls the load generator makes around them
string[] phoneScenarios = ["connect", "push", "votes", "results", "wake", "throughput"];

Report? report = null;
try
{
    await using (var target = await TargetApp.StartAsync(options, cancellationToken))
    {
        report = new Report(options, target.Description);
        await RunAsync(target, report, scenarios.Where(s => options.Runs(s.Name)));
    }
    if (options.Baseline)
    {
        await using var bareHub = await TargetApp.StartBareHubAsync(cancellationToken);
        report.MeasuringBareHub(bareHub.Description);
        await RunAsync(bareHub, report, scenarios.Where(s => options.Runs(s.Name) && phoneScenarios.Contains(s.Name)));
        Figures.AddBaselineRows(report, options.Phones);
    }
}
catch (OperationCanceledException)
{
    report?.Fail("run", $"stopped at the deadline of {options.Deadline.TotalMinutes:0} minutes or by Ctrl+C");
}
if (report is null)
{
    return 1;
}

Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
await report.WriteJsonAsync(options.Output);
Console.WriteLine($"JSON written to {Path.GetFullPath(options.Output)}");
return report.AllCorrect ? 0 : 1;

async Task RunAsync(TargetApp target, Report report, IEnumerable<(string Name, Func<BenchRun, CancellationToken, Task> Run)> chosen)
{
    using var staff = await StaffClient.SignInAsync(target.BaseUrl, options.AdminEmail, options.AdminPassword, cancellationToken);
    var benchEvent = await staff.CreateEventAsync(BenchRun.QuestionsNeeded(options), cancellationToken);
    var run = new BenchRun(options, target, staff, benchEvent, report);
    Console.WriteLine($"Load test against {target.Description}; event {benchEvent.Code}; {Report.Machine}");
    try
    {
        foreach (var (name, scenario) in chosen)
        {
            if (name is not ("weight" or "connect" or "export" or "lighthouse") && run.Phones.Count == 0)
            {
                await ConnectStormScenario.RunAsync(run, cancellationToken); // the other scenarios need connected phones
            }
            Console.WriteLine($"▶ {name}");
            await scenario(run, cancellationToken);
        }
    }
    finally
    {
        await Task.WhenAll(run.Phones.Select(p => p.DisposeAsync().AsTask()));
    }
}
