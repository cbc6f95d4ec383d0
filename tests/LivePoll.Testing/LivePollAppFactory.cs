using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using System.Data.Common;

namespace LivePoll.Testing;

/// <summary>
/// The real app on a real Kestrel port with its own SQLite file (or, with LIVEPOLL_TEST_PROVIDER=Postgres, its own
/// PostgreSQL database on LIVEPOLL_TEST_POSTGRES), the demo event seeded and an administrator configured.
/// One per test class (or assembly).
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

    /// <summary>The integration suite runs on SQLite, or on PostgreSQL when LIVEPOLL_TEST_PROVIDER=Postgres.</summary>
    public static bool OnPostgres => Environment.GetEnvironmentVariable("LIVEPOLL_TEST_PROVIDER") == "Postgres";

    private readonly string _postgresDatabase = $"livepoll_test_{Guid.NewGuid():N}";

    private static string Postgres => Environment.GetEnvironmentVariable("LIVEPOLL_TEST_POSTGRES")
        ?? throw new InvalidOperationException("LIVEPOLL_TEST_PROVIDER=Postgres needs LIVEPOLL_TEST_POSTGRES (eval \"$(bash build/scale-out-services.sh)\")");

    private string ConnectionString => OnPostgres
        ? $"{Postgres};Database={_postgresDatabase}"
        : $"Data Source={DatabasePath}{ConnectionOptions}";

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Appended to the SQLite connection string, e.g. ";Default Timeout=1".</summary>
    public string ConnectionOptions { get; init; } = "";

    /// <summary>Extra settings or services for one test class (applied after the defaults).</summary>
    public Action<IWebHostBuilder>? Customize { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:LivePoll", ConnectionString);
        if (OnPostgres)
        {
            builder.UseSetting("LivePoll:Database:Provider", "Postgres");
        }
        builder.UseSetting("LivePoll:Admin:Email", AdminEmail);
        builder.UseSetting("LivePoll:Admin:Password", AdminPassword);
        builder.UseSetting("LivePoll:Demo:Seed", "true");
        // a test signs in many staff clients from one address within a minute; SignInTests keep the real limit
        builder.UseSetting("LivePoll:SignInLimits:AttemptsPerMinutePerAddress", "1000");
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

    /// <summary>A separate connection to the app's database, for checking what was really committed.</summary>
    public DbConnection OpenDatabase()
    {
        DbConnection connection = OnPostgres
            ? new NpgsqlConnection($"{ConnectionString};Pooling=False")
            : new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>An id as the database stores it (text on SQLite, uuid on PostgreSQL), for a query's parameter.</summary>
    public static object StoredId(Guid id) => OnPostgres ? id : id.ToString().ToUpperInvariant();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (OnPostgres)
        {
            await TestDatabases.DropAsync(Postgres, _postgresDatabase);
        }
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
