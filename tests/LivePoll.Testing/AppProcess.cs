using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LivePoll.Testing;

/// <summary>
/// The app as a separate process (this test's copy of LivePoll.Web.dll, Production, a given SQLite
/// file, the demo event seeded), so that a test can kill it like a crash or stop it like an operator.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private Uri? _baseAddress;

    private AppProcess(Process process) => _process = process;

    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("the app has not started yet");

    /// <summary>
    /// How long an app may take to be ready (/healthz/ready: its database and Redis answer). Generous on purpose: on a
    /// loaded two-core machine (the whole suite running beside it) a start takes seconds to minutes, and a test waits
    /// only as long as the app needs.
    /// </summary>
    private static readonly TimeSpan StartBudget = TimeSpan.FromMinutes(4);

    /// <summary>Every app process a test started and has not stopped yet: killed when the test run ends, however it ends.</summary>
    private static readonly HashSet<Process> Running = [];

    static AppProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
        Console.CancelKeyPress += (_, _) => StopAll();
    }

    public static async Task<AppProcess> StartAsync(string databasePath, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "LivePoll.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ConnectionStrings__LivePoll"] = $"Data Source={databasePath}",
                ["LivePoll__Admin__Email"] = LivePollAppFactory.AdminEmail,
                ["LivePoll__Admin__Password"] = LivePollAppFactory.AdminPassword,
                ["LivePoll__Demo__Seed"] = "true",
            },
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        lock (Running)
        {
            Running.Add(process);
        }
        var app = new AppProcess(process);
        try
        {
            await app.WaitUntilReadyAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync(); // a start that timed out, failed or was cancelled leaves no process behind
            throw;
        }
    }

    /// <summary>Ready = the listening address printed and /healthz/ready answering 200, polled until the budget runs out.</summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lastLines = new Queue<string>();
        void Remember(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (lastLines)
            {
                lastLines.Enqueue(line);
                if (lastLines.Count > 20)
                {
                    lastLines.Dequeue();
                }
            }
        }
        _process.OutputDataReceived += (_, e) =>
        {
            Remember(e.Data);
            if (e.Data is { } line && ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        };
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the app exited at start ({_process.ExitCode}): {string.Join(Environment.NewLine, lastLines)}"));

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(StartBudget);
        try
        {
            _baseAddress = await listening.Task.WaitAsync(budget.Token);
            using var client = CreateClient();
            client.Timeout = TimeSpan.FromSeconds(30);
            while (true)
            {
                try
                {
                    if ((await client.GetAsync("/healthz/ready", budget.Token)).IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // not accepting yet
                }
                await Task.Delay(200, budget.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the app was not ready (/healthz/ready) within {StartBudget.TotalMinutes} minutes; its last lines: {string.Join(Environment.NewLine, lastLines)}");
        }
    }

    /// <summary>Settings that put the app on a free port of its own, so that it comes back on the same address after a restart.</summary>
    public static Dictionary<string, string> OnAFixedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}" };
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or a power cut of the process.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        Forget(_process);
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C would: the app shuts down gracefully. Returns its exit code.</summary>
    public async Task<int> TerminateAsync(CancellationToken cancellationToken)
    {
        await SignalAsync("TERM", cancellationToken);
        await _process.WaitForExitAsync(cancellationToken).WaitAsync(StartBudget, cancellationToken);
        Forget(_process);
        return _process.ExitCode;
    }

    /// <summary>SIGSTOP: the process freezes (a stalled VM, a long GC pause, a debugger) and misses everything meanwhile.</summary>
    public Task PauseAsync(CancellationToken cancellationToken) => SignalAsync("STOP", cancellationToken);

    /// <summary>SIGCONT: a paused process runs on.</summary>
    public Task ResumeAsync(CancellationToken cancellationToken) => SignalAsync("CONT", cancellationToken);

    private async Task SignalAsync(string signal, CancellationToken cancellationToken)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        Forget(_process);
        _process.Dispose();
    }

    private static void Forget(Process process)
    {
        lock (Running)
        {
            Running.Remove(process);
        }
    }

    private static void StopAll()
    {
        lock (Running)
        {
            foreach (var process in Running)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // already gone
                }
            }
            Running.Clear();
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
