using LivePoll.Data;
using LivePoll.Domain.Events;
using LivePoll.Domain.Participants;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;

namespace LivePoll.Web.Features.Voting;

/// <summary>Joins phones to events: an unknown code creates nothing; a known token comes back as the same participant.</summary>
public sealed class ParticipantService(
    LiveEventRegistry registry,
    IDbContextFactory<LivePollDbContext> dbFactory,
    AudienceWriter writer,
    AudienceLimits limits,
    ClusterBus cluster,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (Guid ParticipantId, Guid EventId)> _byTokenHash = new(StringComparer.Ordinal);

    /// <summary>The event of a join code; an unknown code counts against the phone's (and its address's) budget for them.</summary>
    /// <exception cref="TooManyRequestsException">This phone (or address) tried too many unknown codes lately.</exception>
    public async Task<LiveEvent?> FindEventAsync(string? code, Caller caller, CancellationToken cancellationToken)
    {
        var live = JoinCode.Normalize(code) is { } normalized ? await registry.FindByCodeAsync(normalized, cancellationToken) : null;
        if (live is null)
        {
            limits.RecordUnknownCode(caller.Phone, caller.Address);
        }
        return live;
    }

    /// <summary>Null when no event has this code.</summary>
    /// <exception cref="StorageUnavailableException">The new participant could not be stored.</exception>
    public async Task<ParticipantSession?> JoinAsync(string? code, string? token, string? language, Caller caller, CancellationToken cancellationToken)
    {
        if (await FindEventAsync(code, caller, cancellationToken) is not { } live)
        {
            return null;
        }
        if (token is not null && await FindParticipantAsync(live, token, cancellationToken) is { } known)
        {
            if (cluster.HasOtherInstances)
            {
                await ReadOwnAnswersAsync(live, known, cancellationToken);
            }
            return new ParticipantSession(live, known, token!, ValidLanguage(language));
        }
        limits.EnsureMayJoin(caller.Address);
        return await AddParticipantAsync(live, language, simulated: false, cancellationToken);
    }

    /// <summary>A phone of a rehearsal's simulated room joins, stored like any other (and marked, so going live removes it).</summary>
    /// <exception cref="StorageUnavailableException">The participant could not be stored.</exception>
    public Task<ParticipantSession> JoinSimulatedAsync(LiveEvent live, string language, CancellationToken cancellationToken) =>
        AddParticipantAsync(live, language, simulated: true, cancellationToken);

    private async Task<ParticipantSession> AddParticipantAsync(LiveEvent live, string? language, bool simulated, CancellationToken cancellationToken)
    {
        var newToken = ParticipantToken.Generate();
        var participant = new Participant
        {
            EventId = live.Id,
            TokenHash = ParticipantToken.Hash(newToken),
            Language = ValidLanguage(language),
            JoinedAt = time.GetUtcNow(),
            Simulated = simulated,
        };
        if (!await writer.WriteAsync(new PendingParticipant(participant), cancellationToken))
        {
            throw new StorageUnavailableException("JoiningNotPossibleRightNowPleaseTry");
        }
        _byTokenHash[Convert.ToHexString(participant.TokenHash)] = (participant.Id, live.Id);
        return new ParticipantSession(live, participant.Id, newToken, participant.Language);
    }

    /// <summary>Records the group the participant picked for the profile question (or clears it); acknowledged after commit.</summary>
    public async Task<SubmitResult> SetGroupAsync(ParticipantSession session, string? group, CancellationToken cancellationToken)
    {
        var ev = session.Live.Snapshot;
        if (ev.ProfileQuestion is null)
        {
            return SubmitResult.Refused("ThisEventAsksNoProfileQuestion");
        }
        if (group is not null && !ev.ProfileGroups.Contains(group, StringComparer.Ordinal))
        {
            return SubmitResult.Refused("ChooseOneGroupsListed");
        }
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Participants.Where(p => p.Id == session.ParticipantId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Group, group), cancellationToken);
            return new SubmitResult(true);
        }
        catch (DbException)
        {
            return SubmitResult.Refused("YourAnswerCouldNotSavedPleaseTryAgain");
        }
    }

    private static string? ValidLanguage(string? language) => Localization.UiLanguage.Normalize(language);

    /// <summary>The participant this token belongs to in this event, or null (a token is good for one event only).</summary>
    /// <summary>
    /// A phone coming back to this instance may have voted through another one whose last committed batch never
    /// reached this instance's copy (it stopped right after committing): its own answers are read from the database.
    /// </summary>
    private async Task ReadOwnAnswersAsync(LiveEvent live, Guid participantId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var questionIds = live.Snapshot.QuestionsInOrder().Select(q => q.Id).ToList();
        var answers = await db.Responses.AsNoTracking()
            .Where(r => r.ParticipantId == participantId && questionIds.Contains(r.QuestionId))
            .WithLanguage(db)
            .ToListAsync(cancellationToken);
        foreach (var answer in answers)
        {
            live.TallyFor(answer.Response.QuestionId).Apply(participantId, answer.Ballot);
        }
    }

    public async Task<Guid?> FindParticipantAsync(LiveEvent live, string token, CancellationToken cancellationToken)
    {
        if (!ParticipantToken.LooksValid(token))
        {
            return null;
        }
        var hash = ParticipantToken.Hash(token);
        var key = Convert.ToHexString(hash);
        if (!_byTokenHash.TryGetValue(key, out var entry))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var stored = await db.Participants.AsNoTracking().Where(p => p.TokenHash == hash)
                .Select(p => new { p.Id, p.EventId }).FirstOrDefaultAsync(cancellationToken);
            if (stored is null)
            {
                return null;
            }
            entry = (stored.Id, stored.EventId);
            _byTokenHash[key] = entry;
        }
        return entry.EventId == live.Id ? entry.ParticipantId : null;
    }
}

/// <summary>Who is asking: one phone (its hub or browser connection) and the network address it comes from.</summary>
public sealed record Caller(string Phone, IPAddress? Address)
{
    public static Caller Of(HttpContext http) => new($"http:{http.Connection.Id}", http.Connection.RemoteIpAddress);
}
