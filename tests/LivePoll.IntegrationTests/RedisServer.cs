using System.Diagnostics;
using StackExchange.Redis;

namespace LivePoll.IntegrationTests;

/// <summary>
/// The Redis of the scale-out tests (LIVEPOLL_TEST_REDIS, started by build/scale-out-services.sh) shut down and started
/// again, as a restart or a failover to an empty replica does: in memory only, so it comes back holding nothing.
/// </summary>
internal static class RedisServer
{
    private static string Configuration => Environment.GetEnvironmentVariable("LIVEPOLL_TEST_REDIS") ?? "127.0.0.1:6379";

    private static int Port => int.Parse(Configuration.Split(',')[0].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A connection allowed to send the server's own commands (CLIENT, SHUTDOWN).</summary>
    public static Task<ConnectionMultiplexer> ConnectAsAdminAsync() => ConnectionMultiplexer.ConnectAsync($"{Configuration},allowAdmin=true");

    public static async Task ShutDownAsync(CancellationToken cancellationToken)
    {
        using var redis = await ConnectAsAdminAsync();
        try
        {
            await redis.GetServer(redis.GetEndPoints()[0]).ExecuteAsync("SHUTDOWN", "NOSAVE");
        }
        catch (RedisConnectionException)
        {
            // the server closes the connection as it goes: that is the answer
        }
        await WaitAsync(up: false, cancellationToken);
    }

    public static async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var server = Process.Start("redis-server", ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "yes"]))
        {
            await server.WaitForExitAsync(cancellationToken);
        }
        await WaitAsync(up: true, cancellationToken);
    }

    private static async Task WaitAsync(bool up, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var ping = Process.Start(new ProcessStartInfo("redis-cli", ["-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "ping"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var answer = await ping.StandardOutput.ReadToEndAsync(cancellationToken);
            await ping.WaitForExitAsync(cancellationToken);
            if (answer.Contains("PONG", StringComparison.Ordinal) == up)
            {
                return;
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"Redis on port {Port} did not come {(up ? "up" : "down")} within 10 s");
    }
}
