using LivePoll.Domain.Voting;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Voting;

/// <summary>Validates a ballot against the live state and acknowledges it only once it is stored.</summary>
public sealed class VotingService(AudienceWriter writer, AudienceLimits limits)
{
    public async Task<SubmitResult> SubmitAsync(ParticipantSession session, SubmitRequest? request, CancellationToken cancellationToken)
    {
        if (!limits.MaySubmit(session.ParticipantId))
        {
            return SubmitResult.Refused(AudienceLimits.SlowDown);
        }
        if (session.EventEnded)
        {
            return SubmitResult.Refused(ParticipantSession.EventEndedMessage);
        }
        if (request is null)
        {
            return SubmitResult.Refused("TheVoteWasEmpty");
        }
        var question = session.Live.Snapshot.FindQuestion(request.QuestionId);
        if (question is null)
        {
            return SubmitResult.Refused("ThisQuestionNotPartEvent");
        }
        var ballot = request.ToBallot(question.Type) with { Language = session.Language };
        if (VoteRules.Validate(question, ballot) is { } error)
        {
            return SubmitResult.Refused(error);
        }
        var stored = await writer.WriteAsync(
            new PendingResponse(session.Live, question.Id, session.ParticipantId, ballot), cancellationToken);
        return stored ? SubmitResult.Success : SubmitResult.Refused("YourVoteCouldNotSavedPleaseTryAgain");
    }
}
