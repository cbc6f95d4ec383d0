using System.Collections.Concurrent;
using StackExchange.Redis;

namespace LivePoll.Web.Realtime.Cluster;

/// <summary>
/// Which instance sends an event's results to the phones, and since when. Each instance keeps its own tallies, and
/// with several instances they can differ for a moment (a notice on its way, a lost one being repaired): if each sent
/// its own, a phone could see a count step back. So one instance per event sends them, and each message carries its
/// <see cref="Features.Reports.ResultsSequence"/> from which phones keep the newest picture. One instance alone always
/// sends.
/// </summary>
public class ResultsLease(TimeProvider time)
{
    private readonly long _startedAt = time.GetUtcNow().ToUnixTimeMilliseconds();

    protected TimeProvider Time { get; } = time;

    /// <summary>When this instance began sending the event's results (Unix ms), or null while another instance sends them.</summary>
    public virtual ValueTask<long?> HeldSinceAsync(Guid eventId) => ValueTask.FromResult<long?>(_startedAt);
}

/// <summary>
/// The lease in Redis: one key per event holding the id of the instance that sends, taken when free and renewed by its
/// holder (each instance asks once a second, from <see cref="TallyReconciliation"/>, and before sending). A holder that
/// stops renewing — stopped, paused, cut off — loses it after <see cref="Term"/>, and the next instance to ask takes it
/// with a later epoch and sends what it has at once.
/// </summary>
public sealed class RedisResultsLease(IConnectionMultiplexer redis, ClusterBus bus, TimeProvider time, ILogger<RedisResultsLease> logger)
    : ResultsLease(time)
{
    public static readonly TimeSpan Term = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromMilliseconds(500);

    // 1: renewed by its holder; 2: taken, it was free; 0: another instance holds it
    private const string TakeOrRenew = """
        local holder = redis.call('GET', KEYS[1])
        if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
        if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
        return 0
        """;

    private readonly ConcurrentDictionary<Guid, (long? HeldSince, DateTimeOffset CheckedAt)> _known = new();

    public override async ValueTask<long?> HeldSinceAsync(Guid eventId)
    {
        var now = Time.GetUtcNow();
        _known.TryGetValue(eventId, out var known);
        if (now - known.CheckedAt < CheckEvery)
        {
            return known.HeldSince;
        }
        var heldSince = known.HeldSince;
        try
        {
            // a Redis that is slow or away must not hold up the broadcaster or the reconciliation that ask
            var answer = (int)await redis.GetDatabase().ScriptEvaluateAsync(TakeOrRenew,
                    [new RedisKey($"livepoll:results-sender:{eventId:N}")], [bus.InstanceId.ToString("N"), (long)Term.TotalMilliseconds])
                .WaitAsync(AnswerWithin);
            heldSince = answer switch
            {
                1 => known.HeldSince ?? now.ToUnixTimeMilliseconds(),
                2 => now.ToUnixTimeMilliseconds(),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Redis away: the backplane is away with it, so each instance reaches only its own phones; whoever sent goes on
            logger.LogDebug(ex, "The results sender of event {EventId} could not be checked; this instance keeps its role", eventId);
        }
        _known[eventId] = (heldSince, now);
        return heldSince;
    }
}
