using System.Diagnostics;
using System.Text.RegularExpressions;
using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>
/// The app as a separate process (this test's copy of LivePoll.Web.dll, Production, a given SQLite
/// file, the demo event seeded), so that a test can kill it like a crash or stop it like an operator.
/// </summary>
internal sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

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
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the app exited at start ({process.ExitCode})"));
        var baseAddress = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return new AppProcess(process, baseAddress);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or a power cut of the process.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C would: the app shuts down gracefully. Returns its exit code.</summary>
    public async Task<int> TerminateAsync(CancellationToken cancellationToken)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(cancellationToken);
        }
        await _process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
