using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LivePoll.LoadTest;

/// <summary>
/// The server under test: one already running (--url), or the published LivePoll.Web started here as Production on
/// loopback — one instance on a fresh SQLite file, or with --instances N, N instances on a fresh PostgreSQL database
/// sharing one Redis (--postgres / --redis, by default LIVEPOLL_TEST_POSTGRES / LIVEPOLL_TEST_REDIS). Phones are
/// spread over the instances in turn; the staff client and the resource figures use the first. Stopped on dispose.
/// </summary>
internal sealed class TargetApp : IAsyncDisposable
{
    private readonly List<Process> _processes;
    private readonly List<Uri> _urls;
    private readonly string? _workDir;
    private readonly string _storage;

    private TargetApp(List<Uri> urls, List<Process> processes, string? workDir, string storage)
    {
        _urls = urls;
        _processes = processes;
        _workDir = workDir;
        _storage = storage;
    }

    public Uri BaseUrl => _urls[0];

    /// <summary>The instance phone number <paramref name="phone"/> connects to (round robin).</summary>
    public Uri PhoneUrl(int phone) => _urls[phone % _urls.Count];

    public string Description => _processes.Count == 0
        ? $"running server at {BaseUrl}"
        : $"published {Path.GetFileNameWithoutExtension(_processes[0].StartInfo.ArgumentList[0])}, Production, {_storage}, {string.Join(" ", _urls)}";

    public static async Task<TargetApp> StartAsync(LoadTestOptions options, CancellationToken cancellationToken)
    {
        if (options.Url is { } url)
        {
            return new TargetApp([url], [], null, "");
        }
        var workDir = Directory.CreateTempSubdirectory("livepoll-bench-").FullName;
        var appDir = options.AppDir ?? await PublishAsync(Path.Combine(FindRepositoryRoot(), "src", "LivePoll.Web"), workDir, cancellationToken);
        var storage = new Dictionary<string, string> { ["ConnectionStrings__LivePoll"] = $"Data Source={Path.Combine(workDir, "bench.db")}" };
        var description = "SQLite file";
        if (options.Instances > 1)
        {
            var postgres = options.Postgres ?? Environment.GetEnvironmentVariable("LIVEPOLL_TEST_POSTGRES")
                ?? throw new InvalidOperationException("--instances needs --postgres (or LIVEPOLL_TEST_POSTGRES): eval \"$(bash build/scale-out-services.sh)\"");
            var redis = options.Redis ?? Environment.GetEnvironmentVariable("LIVEPOLL_TEST_REDIS")
                ?? throw new InvalidOperationException("--instances needs --redis (or LIVEPOLL_TEST_REDIS)");
            storage = new Dictionary<string, string>
            {
                ["ConnectionStrings__LivePoll"] = $"{postgres};Database=livepoll_bench_{Guid.NewGuid():N}",
                ["LivePoll__Database__Provider"] = "Postgres",
                ["LivePoll__Redis__Configuration"] = redis,
            };
            description = $"{options.Instances} instances on PostgreSQL + Redis";
        }
        storage["LivePoll__Admin__Email"] = options.AdminEmail;
        storage["LivePoll__Admin__Password"] = options.AdminPassword;
        storage["LivePoll__Demo__Seed"] = "false";
        // thousands of simulated phones share one address and vote faster than people do: the limits would measure themselves
        storage["LivePoll__RateLimits__Enabled"] = "false";
        var app = new TargetApp([], [], workDir, description);
        for (var i = 0; i < options.Instances; i++)
        {
            await app.StartProcessAsync(Path.Combine(appDir, "LivePoll.Web.dll"), storage, cancellationToken);
        }
        return app;
    }

    /// <summary>The bare SignalR hub of --baseline (bench/LivePoll.BareHub), published and started on a fresh SQLite file.</summary>
    public static async Task<TargetApp> StartBareHubAsync(CancellationToken cancellationToken)
    {
        var workDir = Directory.CreateTempSubdirectory("livepoll-bare-hub-").FullName;
        var appDir = await PublishAsync(Path.Combine(FindRepositoryRoot(), "bench", "LivePoll.BareHub"), workDir, cancellationToken);
        var app = new TargetApp([], [], workDir, "SQLite file");
        await app.StartProcessAsync(Path.Combine(appDir, "LivePoll.BareHub.dll"),
            new() { ["ConnectionStrings__Votes"] = $"Data Source={Path.Combine(workDir, "votes.db")}" }, cancellationToken);
        return app;
    }

    private async Task StartProcessAsync(string dll, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = baseUrl.ToString(),
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        var log = File.CreateText(Path.Combine(_workDir!, $"server-{_processes.Count + 1}.log"));
        process.OutputDataReceived += (_, e) => WriteLog(log, e.Data);
        process.ErrorDataReceived += (_, e) => WriteLog(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        _urls.Add(baseUrl);
        await WaitUntilHealthyAsync(process, baseUrl, cancellationToken);
    }

    /// <summary>The first server's process id when it was started here.</summary>
    public int? ProcessId => _processes.Count > 0 ? _processes[0].Id : null;

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                // SIGTERM lets the server drain its queue; it is killed if it does not stop in time.
                using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            process.Dispose();
        }
        if (_workDir is not null)
        {
            Directory.Delete(_workDir, recursive: true);
        }
    }

    /// <summary>Generous, as in the tests: a server started on a busy machine (CI running beside) may need minutes.</summary>
    private static readonly TimeSpan StartBudget = TimeSpan.FromMinutes(4);

    private async Task WaitUntilHealthyAsync(Process process, Uri baseUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartBudget)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server stopped at start (exit {process.ExitCode}); see {_workDir}/server-{_processes.Count}.log");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // slow first request
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"the server did not answer /healthz within {StartBudget.TotalMinutes} minutes");
    }

    private static async Task<string> PublishAsync(string project, string workDir, CancellationToken cancellationToken)
    {
        var output = Path.Combine(workDir, "app");
        Console.WriteLine($"Publishing {project} (Release) …");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q"]))
            ?? throw new InvalidOperationException("could not run dotnet publish");
        await publish.WaitForExitAsync(cancellationToken);
        return publish.ExitCode == 0 ? output : throw new InvalidOperationException("dotnet publish failed");
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LivePoll.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("LivePoll.sln not found above the load generator; pass --app-dir or --url");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WriteLog(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }
}
