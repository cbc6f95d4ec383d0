using LivePoll.Data;
using LivePoll.Data.Postgres;
using LivePoll.Testing;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.IntegrationTests;

/// <summary>
/// One migration history per database provider, the two in step, each agreeing with the model (nothing the model has is missing from the
/// migrations) and building an empty database by itself. Each provider is checked on its own pass of the suite.
/// </summary>
public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [SqliteOnlyFact("the PostgreSQL migrations are checked on this pass")]
    public async Task The_sqlite_migrations_match_the_model_and_build_an_empty_database()
    {
        var path = Path.Combine(Path.GetTempPath(), $"livepoll-migrations-{Guid.NewGuid():N}.db");
        try
        {
            await CheckAsync(new DbContextOptionsBuilder<LivePollDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_postgres_migrations_match_the_model_and_build_an_empty_database()
    {
        var server = Environment.GetEnvironmentVariable("LIVEPOLL_TEST_POSTGRES");
        if (!LivePollAppFactory.OnPostgres || string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip("PostgreSQL only: checked on the PostgreSQL pass (LIVEPOLL_TEST_PROVIDER=Postgres, LIVEPOLL_TEST_POSTGRES).");
        }
        var database = $"livepoll_test_{Guid.NewGuid():N}";
        try
        {
            await CheckAsync(new DbContextOptionsBuilder<LivePollDbContext>()
                .UseNpgsql($"{server};Database={database}", npgsql => npgsql.MigrationsAssembly(PostgresMigrations.Assembly)).Options);
        }
        finally
        {
            await TestDatabases.DropAsync(server!, database);
        }
    }

    private static async Task CheckAsync(DbContextOptions<LivePollDbContext> options)
    {
        await using var db = new LivePollDbContext(options);
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration holds: add a migration");
        // both providers' histories in step: the same migrations, by name, in the same order
        Assert.Equal(["Initial"], db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]));

        await db.Database.MigrateAsync(Ct);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(0, await db.Events.CountAsync(Ct));
        Assert.Equal(0, await db.RemoteTickets.CountAsync(Ct));
    }
}
