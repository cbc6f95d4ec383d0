namespace LivePoll.Web.Infrastructure;

/// <summary>A background service that does one round of work at a fixed interval until the app stops.</summary>
public abstract class PeriodicService(TimeSpan interval, TimeProvider time) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract Task TickAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TickAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
