using Microsoft.AspNetCore.SignalR;

namespace LivePoll.BareHub;

/// <summary>Pushes the counts of revealed questions that changed, at most four times a second — LivePoll's rhythm.</summary>
public sealed class ResultsPusher(BareEvents events, IHubContext<PhoneHub> hub) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var found in events.All)
            {
                foreach (var question in found.Questions.Where(q => q.Revealed && q.TakeChange()))
                {
                    await hub.Clients.Group(found.Id.ToString()).SendAsync("ResultsUpdated", question.Results(), stoppingToken);
                }
            }
        }
    }
}
