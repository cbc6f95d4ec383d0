using LivePoll.Domain.Questions;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;

namespace LivePoll.Web.Realtime;

// Messages of the participant hub /hubs/poll (design.md, "Hub").

public sealed record JoinRequest(string? Code, string? Token = null, string? Language = null);

public sealed record JoinResponse(
    string ParticipantToken, EventDto Event, QuestionDto? CurrentQuestion, SubmitRequest? MyResponse, QuestionResultsDto? Results);

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
}

/// <summary>What the server calls on phones.</summary>
public interface IPollClient
{
    Task QuestionChanged(QuestionDto? question);
    Task ResultsUpdated(QuestionResultsDto results);
    Task EventClosed();
}
