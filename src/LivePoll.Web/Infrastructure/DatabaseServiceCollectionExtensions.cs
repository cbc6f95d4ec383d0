using LivePoll.Data;
using LivePoll.Data.Postgres;
using LivePoll.Web.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Infrastructure;

internal static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "LivePoll";

    public static IHostApplicationBuilder AddLivePollDatabase(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is empty; set it to e.g. 'Data Source=livepoll.db'.");
        }
        var postgres = UsesPostgres(builder.Configuration);
        builder.Services.AddDbContextFactory<LivePollDbContext>(options =>
        {
            if (postgres)
            {
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrations.Assembly));
            }
            else
            {
                options.UseSqlite(connectionString);
            }
        });
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContext());
        return builder;
    }

    /// <summary>Sqlite by default (one embedded file); Postgres when several instances share one database.</summary>
    public static bool UsesPostgres(IConfiguration configuration) =>
        configuration[$"{LivePollOptions.SectionName}:Database:Provider"] == DatabaseOptions.Postgres;

    /// <summary>Applies migrations and switches SQLite to write-ahead logging (readers never block the vote writer).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<LivePollDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && sqlite.DataSource is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            // the pre-release migrations were merged into one initial migration: such a database cannot be brought up to date
            throw new InvalidOperationException(
                $"The database was created by a pre-release LivePoll (migrations {string.Join(", ", unknown)}), whose history this version does not continue. " +
                "Export the events you need as JSON with that version, then start this one on a new database (move the old file aside).");
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
