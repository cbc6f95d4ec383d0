using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace LivePoll.Testing;

/// <summary>
/// The real app on a real Kestrel port with its own SQLite file, the demo event seeded and an
/// administrator configured. One per test class (or assembly).
/// </summary>
public sealed class LivePollAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@livepoll.test";
    public const string AdminPassword = "Test-Passw0rd!";

    private readonly string _directory = Directory.CreateTempSubdirectory("livepoll-test-").FullName;

    public LivePollAppFactory()
    {
        UseKestrel(0);
    }

    public string DatabasePath => Path.Combine(_directory, "livepoll.db");

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Appended to the SQLite connection string, e.g. ";Default Timeout=1".</summary>
    public string ConnectionOptions { get; init; } = "";

    /// <summary>Extra settings or services for one test class (applied after the defaults).</summary>
    public Action<IWebHostBuilder>? Customize { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:LivePoll", $"Data Source={DatabasePath}{ConnectionOptions}");
        builder.UseSetting("LivePoll:Admin:Email", AdminEmail);
        builder.UseSetting("LivePoll:Admin:Password", AdminPassword);
        builder.UseSetting("LivePoll:Demo:Seed", "true");
        Customize?.Invoke(builder);
    }

    public Uri Start()
    {
        StartServer();
        return BaseAddress;
    }

    /// <summary>An API client signed in with a bearer token from /api/auth/login.</summary>
    public Task<HttpClient> CreateStaffClientAsync(CancellationToken cancellationToken) => SignInAsync(CreateClient(), cancellationToken);

    /// <summary>Signs <paramref name="client"/> in (bearer token), by default as the configured administrator.</summary>
    public static async Task<HttpClient> SignInAsync(HttpClient client, CancellationToken cancellationToken, string email = AdminEmail, string password = AdminPassword)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<LoginAnswer>(cancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A separate connection to the app's database file, for checking what was really committed.</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the OS; the temp folder is cleaned later
        }
    }

    private sealed record LoginAnswer(string AccessToken);
}
