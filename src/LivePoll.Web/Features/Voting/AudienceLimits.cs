using System.Net;
using System.Threading.RateLimiting;
using LivePoll.Web.Options;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Features.Voting;

/// <summary>
/// Rate limits of the audience. Per network address, generous (a whole venue shares one NAT address): new participants.
/// Unknown join codes per phone (tight: guessing a code is hopeless) and per address (a ceiling for programs); a code
/// that exists is never refused by them, so people mistyping the code never lock the rest of the room out. Per
/// participant: votes, questions and upvotes. Limits are per server; the numbers come from <c>LivePoll:RateLimits</c>.
/// </summary>
public sealed class AudienceLimits : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _joins;
    private readonly PartitionedRateLimiter<string> _unknownCodes;
    private readonly PartitionedRateLimiter<string> _unknownCodesPerPhone;
    private readonly PartitionedRateLimiter<Guid> _submits;
    private readonly PartitionedRateLimiter<Guid> _asks;
    private readonly PartitionedRateLimiter<Guid> _upvotes;

    public AudienceLimits(IOptions<LivePollOptions> options)
    {
        _options = options.Value.RateLimits;
        _joins = PerMinute<string>(_options.JoinsPerMinutePerAddress);
        _unknownCodes = PerMinute<string>(_options.UnknownCodesPerMinutePerAddress);
        _unknownCodesPerPhone = PerMinute<string>(_options.UnknownCodesPerMinutePerPhone);
        _asks = PerMinute<Guid>(_options.QuestionsPerMinutePerParticipant);
        _upvotes = PerMinute<Guid>(_options.UpvotesPerMinutePerParticipant);
        var perSecond = _options.SubmitsPerSecondPerParticipant;
        _submits = PartitionedRateLimiter.Create<Guid, Guid>(participant => RateLimitPartition.GetTokenBucketLimiter(participant, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond * 2, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
        }));
    }

    public const string SlowDown = "YouGoingTooFastWaitMomentThenTryAgain";

    /// <summary>
    /// Counts a code that belongs to no event against the phone that typed it (<paramref name="phone"/>: its hub or browser
    /// connection) and its address; refuses once either has tried too many in the last minute.
    /// </summary>
    public void RecordUnknownCode(string phone, IPAddress? address)
    {
        if (_options.Enabled && (!Acquire(_unknownCodesPerPhone, phone) || !Acquire(_unknownCodes, Key(address))))
        {
            throw new TooManyRequestsException("TooManyWrongCodesWaitMinuteThenCheck");
        }
    }

    /// <summary>Refuses a new participant when this address has made too many in the last minute.</summary>
    public void EnsureMayJoin(IPAddress? address)
    {
        if (_options.Enabled && !Acquire(_joins, Key(address)))
        {
            throw new TooManyRequestsException("TooManyPhonesJoinedFromNetworkLast");
        }
    }

    public bool MaySubmit(Guid participantId) => !_options.Enabled || Acquire(_submits, participantId);

    public bool MayAsk(Guid participantId) => !_options.Enabled || Acquire(_asks, participantId);

    public bool MayUpvote(Guid participantId) => !_options.Enabled || Acquire(_upvotes, participantId);

    public void Dispose()
    {
        _joins.Dispose();
        _unknownCodes.Dispose();
        _unknownCodesPerPhone.Dispose();
        _submits.Dispose();
        _asks.Dispose();
        _upvotes.Dispose();
    }

    private static bool Acquire<TKey>(PartitionedRateLimiter<TKey> limiter, TKey key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";

    private static PartitionedRateLimiter<TKey> PerMinute<TKey>(int limit) where TKey : notnull =>
        PartitionedRateLimiter.Create<TKey, TKey>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true,
        }));
}

/// <summary>A rate limit said no; phones see the message (hub error or a 429 page).</summary>
public sealed class TooManyRequestsException(string message) : Exception(message);
