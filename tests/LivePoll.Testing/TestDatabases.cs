using Npgsql;

namespace LivePoll.Testing;

/// <summary>
/// Removes the PostgreSQL databases tests create. Cleanup never fails a test: a database that cannot be dropped
/// now (another backend still in it, a permission the test role lacks) is left for <c>.ci/run</c>, which drops
/// every <c>livepoll_test_*</c> database as the server's owner at the end of the run.
/// </summary>
public static class TestDatabases
{
    private const int Attempts = 5;

    public static async Task DropAsync(string serverConnectionString, string database)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await using var server = new NpgsqlConnection($"{serverConnectionString};Database=postgres;Pooling=False");
                await server.OpenAsync();
                // FORCE ends the backends the test role may end (its own); an autovacuum worker needs
                // pg_signal_backend, which build/scale-out-services.sh grants, but a plain DROP after a pause also works.
                var force = attempt == 1 ? " WITH (FORCE)" : "";
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\"{force}", server);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (Exception failure) when (failure is NpgsqlException or TimeoutException)
            {
                if (attempt == Attempts)
                {
                    Console.Error.WriteLine($"test database {database} left for .ci/run to drop: {failure.Message}");
                    return;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }
}
