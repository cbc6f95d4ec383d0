using System.Text.Json;
using LivePoll.Domain.Voting;
using LivePoll.Web.Infrastructure;
using StackExchange.Redis;

namespace LivePoll.Web.Realtime.Cluster;

/// <summary>Publishes this instance's committed changes on a Redis channel (see <see cref="ClusterListener"/>).</summary>
public sealed class RedisClusterBus(IConnectionMultiplexer redis) : ClusterBus
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("livepoll:live-changes");

    public override bool HasOtherInstances => true;

    public override void Publish(Func<Guid, ClusterMessage> message) =>
        // fire and forget: a message lost with Redis is repaired when an instance next loads the event
        redis.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(message(InstanceId), JsonDefaults.Options), CommandFlags.FireAndForget);
}

/// <summary>
/// Live state shared over Redis pub/sub: every instance keeps its own copy of each event (snapshot, tallies, Q&amp;A,
/// projector) and applies what the others committed. Phones get hub messages through the SignalR Redis backplane from
/// the instance where the change happened — results from the one instance that sends them (<see cref="ResultsLease"/>);
/// here the others bring their copy and their staff pages up to date.
/// </summary>
public sealed class ClusterListener(
    IConnectionMultiplexer redis,
    ClusterBus bus,
    LiveEventRegistry registry,
    LiveEventNotifier notifier,
    ResultsBroadcaster broadcaster,
    ILogger<ClusterListener> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisClusterBus.Channel;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        (await redis.GetSubscriber().SubscribeAsync(Channel)).OnMessage(async received =>
        {
            try
            {
                if (JsonSerializer.Deserialize<ClusterMessage>(received.Message.ToString(), JsonDefaults.Options) is { } message
                    && message.Origin != bus.InstanceId)
                {
                    await ApplyAsync(message);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "A live change from another instance could not be applied");
            }
        });

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Channel);

    private async Task ApplyAsync(ClusterMessage message)
    {
        if (message.Change == ClusterChange.Deleted)
        {
            registry.Forget(message.EventId, message.Code ?? "");
            notifier.Publish(message.EventId, new LiveEventChange(LiveEventChangeKind.EventDeleted));
            return;
        }
        // only events this instance has loaded need updating; the others load fresh from the database when asked
        if (!registry.IsLoaded(message.EventId) || await registry.GetAsync(message.EventId) is not { } live)
        {
            return;
        }
        switch (message.Change)
        {
            case ClusterChange.Agenda or ClusterChange.Cards:
                await registry.ReloadSnapshotAsync(message.EventId);
                notifier.Publish(message.EventId, new LiveEventChange(
                    message.Change == ClusterChange.Agenda ? LiveEventChangeKind.AgendaChanged : LiveEventChangeKind.ResultsChanged, message.QuestionId));
                if (message.QuestionId is { } changed)
                {
                    broadcaster.MarkResultsDirty(live.Id, changed);
                }
                break;
            case ClusterChange.Audience:
                foreach (var vote in message.Votes ?? [])
                {
                    live.TallyFor(vote.QuestionId).Apply(vote.ParticipantId,
                        new Ballot { OptionIds = vote.OptionIds, Value = vote.Value, Text = vote.Text, Language = vote.Language });
                    broadcaster.MarkResultsDirty(live.Id, vote.QuestionId);
                }
                foreach (var asked in message.Asked ?? [])
                {
                    live.Qna.Add(asked);
                }
                foreach (var upvote in message.Upvotes ?? [])
                {
                    live.Qna.TryUpvote(upvote.AudienceQuestionId, upvote.ParticipantId);
                }
                if (message.Asked is { Count: > 0 } || message.Upvotes is { Count: > 0 })
                {
                    broadcaster.MarkQnaDirty(live.Id, toPhones: false);
                }
                break;
            case ClusterChange.WentLive when message.At is { } wentLiveAt:
                live.ClearAudience(wentLiveAt);
                await registry.ReloadSnapshotAsync(message.EventId);
                notifier.Publish(message.EventId, new LiveEventChange(LiveEventChangeKind.AgendaChanged));
                broadcaster.MarkQnaDirty(live.Id, toPhones: false);
                break;
            case ClusterChange.QnaStatus when message.QuestionId is { } item && message.Status is { } status:
                live.Qna.SetStatus(item, status);
                broadcaster.MarkQnaDirty(live.Id, toPhones: false);
                break;
            case ClusterChange.Presence when message.Connected is { } phones:
                live.SetConnectedElsewhere(message.Origin, phones);
                broadcaster.MarkPresenceDirty(live.Id, share: false);
                break;
            case ClusterChange.Projector when message.Projector is { } projector:
                live.SetProjector(projector.Mode, projector.HighContrast);
                live.SetProjectorLanguages(projector.Languages);
                notifier.Publish(live.Id, new LiveEventChange(LiveEventChangeKind.ProjectorChanged));
                break;
        }
    }
}
