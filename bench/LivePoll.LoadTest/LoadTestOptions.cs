using System.Globalization;

namespace LivePoll.LoadTest;

/// <summary>Command-line settings; every run is bounded in phones, rates and time.</summary>
internal sealed record LoadTestOptions
{
    public const int MaxPhones = 15_000; // one process may hold ~20k sockets here, and the server needs the same

    public static readonly string[] AllScenarios = ["weight", "connect", "push", "votes", "results", "wake", "throughput", "export"];

    /// <summary>Run only when asked for with --scenarios: they fetch a tool from npm and drive a browser.</summary>
    public static readonly string[] OnRequestScenarios = ["lighthouse"];

    public Uri? Url { get; init; }
    public string? AppDir { get; init; }

    /// <summary>Instances of the app to start; more than one share PostgreSQL and Redis.</summary>
    public int Instances { get; init; } = 1;
    public string? Postgres { get; init; }
    public string? Redis { get; init; }
    public string AdminEmail { get; init; } = "bench@livepoll.local";
    public string AdminPassword { get; init; } = $"Bench-{Guid.NewGuid():N}";
    public int Phones { get; init; } = 1000;
    public double ConnectSeconds { get; init; } = 10;
    public int PushRounds { get; init; } = 5;
    public int PushWarmUpRounds { get; init; } = 20;
    public int VoteRate { get; init; } = 2000;
    public double VoteSeconds { get; init; } = 10;
    public int MaxRate { get; init; } = 13_000;
    public double MaxSeconds { get; init; } = 10;
    public int ResultsRate { get; init; } = 200;
    public double ResultsSeconds { get; init; } = 5;
    public double WakeFraction { get; init; } = 0.2;
    public int ExportParticipants { get; init; } = 10_000;
    public int ExportQuestions { get; init; } = 20;
    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;
    public string Output { get; init; } = "loadtest-result.json";

    /// <summary>Run the phone scenarios again against the bare SignalR hub (bench/LivePoll.BareHub) and compare.</summary>
    public bool Baseline { get; init; }
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(15);

    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    public const string Usage = """
        LivePoll load generator: real SignalR phones over WebSockets against one LivePoll server on loopback.

          dotnet run -c Release --project bench/LivePoll.LoadTest -- [options]

          --phones N            phones to connect (default 1000, at most 15000)
          --connect-seconds S   spread the connect storm over S seconds (default 10)
          --push-warmup N       questions pushed first, measured as "after start" (default 20)
          --push-rounds N       questions pushed after those, measured as "steady state" (default 5)
          --vote-rate R         votes per second in the vote burst (default 2000)
          --vote-seconds S      length of the vote burst (default 10)
          --max-rate R          votes per second offered in the sustained-throughput run (default 13000)
          --max-seconds S       length of that run (default 10)
          --results-rate R      first votes per second while the projector stream is measured (default 200)
          --results-seconds S   length of that run (default 5)
          --wake-fraction F     share of phones that sleep and wake at once (default 0.2)
          --export-participants N  participants who answer every question before the exports are timed (default 10000)
          --export-questions N  questions of that event (default 20)
          --scenarios LIST      comma-separated subset of: weight,connect,push,votes,results,wake,throughput,export
                                and, only when listed: lighthouse (npx lighthouse + Debian chromium, mobile profile)
          --smoke               a short run to check the tool itself: 200 phones, a few seconds each
          --url URL             target a running server instead of starting one (needs an administrator:)
          --admin-email E --admin-password P
          --app-dir DIR         a published LivePoll.Web to start (default: publish src/LivePoll.Web first)
          --instances N         start N instances on PostgreSQL + Redis, phones spread over them (default 1, SQLite)
          --postgres CS         Npgsql connection string without a database (default: $LIVEPOLL_TEST_POSTGRES)
          --redis CONF          Redis configuration (default: $LIVEPOLL_TEST_REDIS)
          --baseline            then run connect, push, votes, results, wake and throughput again against a bare
                                SignalR hub (bench/LivePoll.BareHub: same hub calls, same SQLite group commit, nothing
                                else) on the same machine, and report LivePoll ÷ bare hub for each compared measure
          --out FILE            JSON result (default loadtest-result.json)
          --deadline-minutes M  stop everything after M minutes (default 15)
        """;

    /// <summary>Null (after printing why) when the arguments are wrong.</summary>
    public static LoadTestOptions? Parse(string[] args)
    {
        var options = new LoadTestOptions();
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
                options = args[i] switch
                {
                    "--smoke" => options with
                    {
                        Phones = 200, ConnectSeconds = 3, PushRounds = 2, PushWarmUpRounds = 2, VoteRate = 200, VoteSeconds = 3,
                        MaxRate = 1000, MaxSeconds = 3, ResultsRate = 50, ResultsSeconds = 2, ExportParticipants = 100, ExportQuestions = 3,
                        Deadline = TimeSpan.FromMinutes(5),
                    },
                    "--phones" => options with { Phones = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--connect-seconds" => options with { ConnectSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--push-rounds" => options with { PushRounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--push-warmup" => options with { PushWarmUpRounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--vote-rate" => options with { VoteRate = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--vote-seconds" => options with { VoteSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--max-rate" => options with { MaxRate = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--max-seconds" => options with { MaxSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--results-rate" => options with { ResultsRate = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--results-seconds" => options with { ResultsSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--export-participants" => options with { ExportParticipants = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--export-questions" => options with { ExportQuestions = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--wake-fraction" => options with { WakeFraction = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--scenarios" => options with { Scenarios = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                    "--url" => options with { Url = new Uri(Next()) },
                    "--admin-email" => options with { AdminEmail = Next() },
                    "--admin-password" => options with { AdminPassword = Next() },
                    "--app-dir" => options with { AppDir = Next() },
                    "--instances" => options with { Instances = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--postgres" => options with { Postgres = Next() },
                    "--redis" => options with { Redis = Next() },
                    "--out" => options with { Output = Next() },
                    "--baseline" => options with { Baseline = true },
                    "--deadline-minutes" => options with { Deadline = TimeSpan.FromMinutes(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
            }
            options.Validate();
            return options;
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"{ex.Message}\n\n{Usage}");
            return null;
        }
    }

    private void Validate()
    {
        if (Phones is < 1 or > MaxPhones)
        {
            throw new FormatException($"--phones must be between 1 and {MaxPhones}");
        }
        if (PushRounds < 1 || PushWarmUpRounds < 0 || VoteRate < 1 || MaxRate < 1 || ResultsRate < 1 || ConnectSeconds <= 0 || VoteSeconds <= 0 || MaxSeconds <= 0 || ResultsSeconds <= 0)
        {
            throw new FormatException("rates and durations must be positive");
        }
        if (ExportParticipants is < 1 or > 100_000 || ExportQuestions is < 1 or > 50)
        {
            throw new FormatException("--export-participants must be 1–100000 and --export-questions 1–50");
        }
        if (WakeFraction is <= 0 or > 1)
        {
            throw new FormatException("--wake-fraction must be in (0, 1]");
        }
        if (Scenarios.FirstOrDefault(s => !AllScenarios.Contains(s) && !OnRequestScenarios.Contains(s)) is { } unknown)
        {
            throw new FormatException($"unknown scenario {unknown}");
        }
        if (Baseline && (Url is not null || Instances > 1))
        {
            throw new FormatException("--baseline compares one LivePoll instance started here with the bare hub: no --url or --instances");
        }
        if (Url is not null && AdminPassword.StartsWith("Bench-", StringComparison.Ordinal) && AdminEmail == "bench@livepoll.local")
        {
            throw new FormatException("--url needs --admin-email and --admin-password of an administrator of that server");
        }
    }
}
