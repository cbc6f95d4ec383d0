using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Domain.Qna;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Qna;

/// <summary>
/// Audience Q&amp;A: phones ask and upvote (stored by the group-commit writer, acknowledged after the
/// commit); the moderator approves, hides, pins or marks questions answered.
/// </summary>
public sealed class QnaService(
    AudienceWriter writer,
    AudienceLimits limits,
    IDbContextFactory<LivePollDbContext> dbFactory,
    LiveEventRegistry registry,
    LiveEventNotifier notifier,
    ResultsBroadcaster broadcaster,
    ClusterBus cluster,
    TimeProvider time)
{
    public async Task<AskResult> AskAsync(ParticipantSession session, AskRequest? request, CancellationToken cancellationToken)
    {
        if (AudienceQuestion.Validate(request?.Text, request?.Author) is { } error)
        {
            return AskResult.Refused(error);
        }
        if (session.EventEnded)
        {
            return AskResult.Refused(ParticipantSession.EventEndedMessage);
        }
        if (!limits.MayAsk(session.ParticipantId))
        {
            return AskResult.Refused(AudienceLimits.SlowDown);
        }
        var question = new AudienceQuestion
        {
            EventId = session.Live.Id,
            ParticipantId = session.ParticipantId,
            Text = request!.Text!.Trim(),
            Author = string.IsNullOrWhiteSpace(request.Author) || session.Live.Snapshot.ChathamHouse ? null : request.Author.Trim(),
            Status = session.Live.Snapshot.QnaModerated ? AudienceQuestionStatus.Pending : AudienceQuestionStatus.Approved,
            AskedAt = time.GetUtcNow(),
        };
        return await writer.WriteAsync(new PendingAsk(session.Live, question), cancellationToken)
            ? new AskResult(true, question.Id, Status: question.Status)
            : AskResult.Refused("YourQuestionCouldNotSavedPleaseTry");
    }

    public async Task<SubmitResult> UpvoteAsync(ParticipantSession session, UpvoteRequest? request, CancellationToken cancellationToken)
    {
        if (!limits.MayUpvote(session.ParticipantId))
        {
            return SubmitResult.Refused(AudienceLimits.SlowDown);
        }
        if (session.EventEnded)
        {
            return SubmitResult.Refused(ParticipantSession.EventEndedMessage);
        }
        var board = session.Live.Qna;
        if (request is null || !board.VisibleTo(session.ParticipantId).Any(i => i.Id == request.AudienceQuestionId))
        {
            return SubmitResult.Refused("ThisQuestionNotPartEvent");
        }
        if (!board.TryUpvote(request.AudienceQuestionId, session.ParticipantId))
        {
            return SubmitResult.Refused("YouAlreadyUpvotedQuestion");
        }
        return await writer.WriteAsync(new PendingUpvote(session.Live, request.AudienceQuestionId, session.ParticipantId), cancellationToken)
            ? SubmitResult.Success
            : SubmitResult.Refused("YourUpvoteCouldNotSavedPleaseTryAgain");
    }

    /// <summary>Every question of the event, most upvoted first.</summary>
    public async Task<IReadOnlyList<QnaItem>> ListAsync(Guid eventId) =>
        (await LiveAsync(eventId)).Qna.All();

    public async Task SetStatusAsync(Guid eventId, Guid itemId, AudienceQuestionStatus status, string actor)
    {
        var live = await LiveAsync(eventId);
        await using var db = await dbFactory.CreateDbContextAsync();
        var question = await db.AudienceQuestions.FirstOrDefaultAsync(q => q.Id == itemId && q.EventId == eventId)
            ?? throw new NotFoundException("TheAudienceQuestionNotPartEvent");
        question.Status = status;
        db.AuditEntries.Add(AuditEntry.Of(eventId, actor, $"Q&A: {status}", question.Text, time.GetUtcNow()));
        await db.SaveChangesAsync();
        live.Qna.SetStatus(itemId, status);
        notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.QnaChanged));
        broadcaster.MarkQnaDirty(eventId);
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.QnaStatus, eventId, itemId, Status: status));
    }

    /// <summary>Pre-moderation on: new questions wait for approval. Off: the room sees them at once.</summary>
    public async Task SetModeratedAsync(Guid eventId, bool moderated)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ev = await db.LoadEventTreeAsync(eventId);
        ev.QnaModerated = moderated;
        await db.SaveChangesAsync();
        await registry.RefreshAsync(ev);
        notifier.Publish(eventId, new LiveEventChange(LiveEventChangeKind.QnaChanged));
        cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Agenda, eventId));
    }

    private async Task<LiveEvent> LiveAsync(Guid eventId) =>
        await registry.GetAsync(eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
}
