using LivePoll.Data;
using LivePoll.Domain.Voting;

namespace LivePoll.Web.Realtime;

/// <summary>A stored response with its participant's language: the ballot a live tally counts (open text is split by it).</summary>
public sealed class StoredAnswer
{
    public required Response Response { get; init; }
    public string? Language { get; init; }

    public Ballot Ballot => Response.ToBallot() with { Language = Language };
}

public static class StoredAnswers
{
    /// <summary>These responses, each with its participant's language (one query).</summary>
    public static IQueryable<StoredAnswer> WithLanguage(this IQueryable<Response> responses, LivePollDbContext db) =>
        from response in responses
        join participant in db.Participants on response.ParticipantId equals participant.Id
        select new StoredAnswer { Response = response, Language = participant.Language };
}
