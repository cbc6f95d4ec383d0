using LivePoll.Domain;
using System.Text.Json.Serialization;
using LivePoll.Domain.Qna;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Realtime;

// Messages of the participant hub /hubs/poll (design.md, "Hub").

public sealed record JoinRequest(string? Code, string? Token = null, string? Language = null);

public sealed record JoinResponse(
    string ParticipantToken, PhoneEventDto Event, QuestionDto? CurrentQuestion, SubmitRequest? MyResponse, QuestionResultsDto? Results,
    IReadOnlyList<QnaItemDto> Qna, IReadOnlyList<Guid> MyUpvotes);

/// <summary>Hub <c>Ask</c>: a question for the speakers, with an optional name.</summary>
public sealed record AskRequest(string? Text, string? Author = null);

public sealed record AskResult(bool Ok, Guid? Id = null, string? Error = null, AudienceQuestionStatus? Status = null)
{
    /// <summary>Why it was refused, as data: the hub words it in the phone's language (only <see cref="Error"/> is sent).</summary>
    [JsonIgnore]
    public Refusal? Refusal { get; init; }

    public static AskResult Refused(Refusal refusal) => new(false, Error: EnglishText.Of(refusal)) { Refusal = refusal };

    public static AskResult Refused(string text) => Refused(new Refusal(text));
}

/// <summary>Hub <c>SetGroup</c>: the participant's answer to the event's optional profile question (null: not given).</summary>
public sealed record SetGroupRequest(string? Group);

/// <summary>Hub <c>Upvote</c>.</summary>
public sealed record UpvoteRequest(Guid AudienceQuestionId);

/// <summary>An audience question as phones, staff and the API see it (design.md: id, text, votes, status).</summary>
public sealed record QnaItemDto(Guid Id, string Text, int Votes, AudienceQuestionStatus Status, string? Author, DateTimeOffset AskedAt, bool Mine)
{
    public static QnaItemDto From(QnaItem item, Guid? viewer) =>
        new(item.Id, item.Text, item.Votes, item.Status, item.Author, item.AskedAt, item.ParticipantId == viewer);

    /// <summary>What <paramref name="participantId"/> may see (null: the public questions only).</summary>
    public static IReadOnlyList<QnaItemDto> ListFor(QnaBoard board, Guid? participantId) =>
        [.. board.VisibleTo(participantId).Select(i => From(i, participantId))];
}

public sealed record SubmitRequest(
    Guid QuestionId, IReadOnlyList<Guid>? OptionIds = null, int? Value = null, string? Text = null, IReadOnlyList<Guid>? Ranking = null)
{
    public Ballot ToBallot(QuestionType type) => new()
    {
        OptionIds = (type == QuestionType.Ranking ? Ranking : OptionIds) ?? [],
        Value = Value,
        Text = Text?.Trim(),
    };

    public static SubmitRequest From(Guid questionId, Ballot ballot, bool isRanking) => isRanking
        ? new(questionId, Ranking: ballot.OptionIds)
        : new(questionId, ballot.OptionIds.Count > 0 ? ballot.OptionIds : null, ballot.Value, ballot.Text);
}

public sealed record SubmitResult(bool Ok, string? Error = null)
{
    public static readonly SubmitResult Success = new(true);

    /// <summary>Why it was refused, as data: the hub words it in the phone's language (only <see cref="Error"/> is sent).</summary>
    [JsonIgnore]
    public Refusal? Refusal { get; init; }

    public static SubmitResult Refused(Refusal refusal) => new(false, EnglishText.Of(refusal)) { Refusal = refusal };

    public static SubmitResult Refused(string text) => Refused(new Refusal(text));
}

/// <summary>What the server calls on phones.</summary>
public interface IPollClient
{
    Task QuestionChanged(QuestionDto? question);
    Task ResultsUpdated(QuestionResultsDto results);
    Task EventClosed();

    /// <summary>A rehearsal began (true), or the event went live after one (false: every answer so far was removed).</summary>
    Task RehearsalChanged(bool rehearsal);
    Task QnaUpdated(IReadOnlyList<QnaItemDto> items);
}
