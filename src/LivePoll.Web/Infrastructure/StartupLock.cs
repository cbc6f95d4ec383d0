using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace LivePoll.Web.Infrastructure;

/// <summary>
/// Several instances started at once on one PostgreSQL database take turns for their start-up tasks (migrations,
/// the configured administrator, the demo event), so each is done once. SQLite serves one instance: no lock.
/// </summary>
internal static class StartupLock
{
    public static async Task<IAsyncDisposable?> AcquireAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (!DatabaseServiceCollectionExtensions.UsesPostgres(configuration))
        {
            return null;
        }
        var target = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DatabaseServiceCollectionExtensions.ConnectionStringName));
        // the lock lives in the server's maintenance database: the event database may not exist yet
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // no time limit: another instance's migrations may take minutes on a busy machine, and if it dies its
        // session ends and the lock is ours; a 30 s default made the waiting instance crash at start instead
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("key", LockKey(target.Database ?? ""));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection; // closing the session releases the lock
    }

    private static long LockKey(string database) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"livepoll-startup:{database}")), 0);
}
