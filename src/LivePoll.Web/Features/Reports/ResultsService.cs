using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Reports;

/// <summary>Reads results from the live tallies (never from the database).</summary>
public static class ResultsService
{
    public static QuestionResults For(LiveEvent live, Question question) =>
        QuestionResults.From(question, live.TallyFor(question.Id).Snapshot(), live.Snapshot.MergedWords);

    public static EventResultsDto ForEvent(LiveEvent live) => new(
        live.Id,
        [.. live.Snapshot.QuestionsInOrder().Select(q => For(live, q).ToDto())]);
}
