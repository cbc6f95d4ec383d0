using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Voting;

/// <summary>A phone that has joined an event: who it is (by id, never by token), where, and in which language.</summary>
public sealed record ParticipantSession(LiveEvent Live, Guid ParticipantId, string Token, string? Language = null)
{
    /// <summary>What a phone is told when it votes, asks or upvotes after the moderator ended the event.</summary>
    public const string EventEndedMessage = "TheEventHasEndedThankYou";

    public bool EventEnded => Live.Snapshot.Status == EventStatus.Closed;

    public PhoneView CurrentView() => PhoneView.Create(Live, ParticipantId);
}

/// <summary>What a phone shows right now: the open question, its own answer and, when revealed, the results.</summary>
public sealed record PhoneView(
    PhoneEventDto Event, QuestionDto? Question, SubmitRequest? MyResponse, QuestionResultsDto? Results,
    IReadOnlyList<QnaItemDto> Qna, IReadOnlyList<Guid> MyUpvotes)
{
    /// <summary>The view with the question and the result labels in <paramref name="language"/> (votes are the same in every language).</summary>
    public PhoneView In(string language)
    {
        if (Question is null)
        {
            return this;
        }
        var question = Question.Translated(language);
        var optionTexts = question.Options.ToDictionary(o => o.Id, o => o.Text);
        return this with
        {
            Question = question,
            Results = Results is null ? null
                : Results with { Options = [.. Results.Options.Select(o => o with { Text = optionTexts.GetValueOrDefault(o.OptionId, o.Text) })] },
        };
    }

    public static PhoneView Create(LiveEvent live, Guid? participantId)
    {
        var question = live.CurrentQuestion;
        var qna = QnaItemDto.ListFor(live.Qna, participantId);
        IReadOnlyList<Guid> upvotes = participantId is { } me ? live.Qna.UpvotedBy(me) : [];
        if (question is null)
        {
            return new PhoneView(live.Snapshot.ToPhoneDto(), null, null, null, qna, upvotes);
        }
        var ballot = participantId is { } id ? live.TallyFor(question.Id).BallotOf(id) : null;
        return new PhoneView(
            live.Snapshot.ToPhoneDto(),
            question.ToDto(),
            ballot is null ? null : SubmitRequest.From(question.Id, ballot, question.Type == QuestionType.Ranking),
            question.ResultsVisibleToAudience ? ResultsService.For(live, question).ToDto() : null,
            qna,
            upvotes);
    }
}
