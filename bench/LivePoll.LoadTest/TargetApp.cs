using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LivePoll.LoadTest;

/// <summary>
/// The server under test: either one already running (--url) or a published LivePoll.Web started here
/// as Production on loopback with a fresh SQLite file, stopped (and its files removed) on dispose.
/// </summary>
internal sealed class TargetApp : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly string? _workDir;

    private TargetApp(Uri baseUrl, Process? process, string? workDir)
    {
        BaseUrl = baseUrl;
        _process = process;
        _workDir = workDir;
    }

    public Uri BaseUrl { get; }

    public string Description => _process is null
        ? $"running server at {BaseUrl}"
        : $"published LivePoll.Web, Production, SQLite file, {BaseUrl}";

    public static async Task<TargetApp> StartAsync(LoadTestOptions options, CancellationToken cancellationToken)
    {
        if (options.Url is { } url)
        {
            return new TargetApp(url, null, null);
        }
        var workDir = Directory.CreateTempSubdirectory("livepoll-bench-").FullName;
        var appDir = options.AppDir ?? await PublishAsync(workDir, cancellationToken);
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(appDir, "LivePoll.Web.dll")])
        {
            WorkingDirectory = appDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = baseUrl.ToString(),
                ["ConnectionStrings__LivePoll"] = $"Data Source={Path.Combine(workDir, "bench.db")}",
                ["LivePoll__Admin__Email"] = options.AdminEmail,
                ["LivePoll__Admin__Password"] = options.AdminPassword,
                ["LivePoll__Demo__Seed"] = "false",
                // thousands of simulated phones share one address and vote faster than people do: the limits would measure themselves
                ["LivePoll__RateLimits__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        var log = File.CreateText(Path.Combine(workDir, "server.log"));
        process.OutputDataReceived += (_, e) => WriteLog(log, e.Data);
        process.ErrorDataReceived += (_, e) => WriteLog(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new TargetApp(baseUrl, process, workDir);
        await app.WaitUntilHealthyAsync(cancellationToken);
        return app;
    }

    /// <summary>The server's process id when it was started here.</summary>
    public int? ProcessId => _process?.Id;

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                // SIGTERM lets the server drain its queue; it is killed if it does not stop in time.
                using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            _process.Dispose();
        }
        if (_workDir is not null)
        {
            Directory.Delete(_workDir, recursive: true);
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"the server stopped at start (exit {_process.ExitCode}); see {_workDir}/server.log");
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
        throw new TimeoutException("the server did not answer /healthz within 60 s");
    }

    private static async Task<string> PublishAsync(string workDir, CancellationToken cancellationToken)
    {
        var project = Path.Combine(FindRepositoryRoot(), "src", "LivePoll.Web");
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
