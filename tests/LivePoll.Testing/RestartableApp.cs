namespace LivePoll.Testing;

/// <summary>
/// The app as a process on its own SQLite file and a fixed address, which a test can kill and start again: phones and
/// browsers pointed at it find it back where it was. Disposing stops it and removes its folder.
/// </summary>
public sealed class RestartableApp : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("livepoll-restart-").FullName;
    private readonly Dictionary<string, string> _environment = AppProcess.OnAFixedPort();
    private AppProcess? _process;

    private RestartableApp()
    {
    }

    public Uri BaseAddress => Running.BaseAddress;

    private AppProcess Running => _process ?? throw new InvalidOperationException("the app is not running");

    public static async Task<RestartableApp> StartAsync(CancellationToken cancellationToken)
    {
        var app = new RestartableApp();
        await app.RestartAsync(cancellationToken);
        return app;
    }

    public HttpClient CreateClient() => Running.CreateClient();

    /// <summary>SIGKILL, as a crash or a power cut.</summary>
    public Task KillAsync() => Running.KillAsync();

    /// <summary>Starts the app again (after <see cref="KillAsync"/>) on the same database and address.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        _process = await AppProcess.StartAsync(Path.Combine(_directory, "livepoll.db"), cancellationToken, _environment);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
