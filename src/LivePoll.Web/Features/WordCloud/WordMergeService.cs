using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.WordCloud;

/// <summary>
/// The moderator merges word-cloud words into one concept across languages, or counts them apart again. Saved with the
/// event (so exports, duplicates and the report carry them), one change at a time per event; every open-text question's
/// cloud is counted again.
/// </summary>
public sealed class WordMergeService(
    IDbContextFactory<LivePollDbContext> dbFactory,
    EventCommands commands,
    LiveChangePublisher publisher,
    TimeProvider time)
{
    public Task<bool> MergeAsync(Guid eventId, IReadOnlyList<string> words, string actor) =>
        ChangeAsync(eventId, actor, ev => WordMerges.Merge(ev.MergedWords, words), "Merged words in the word cloud", string.Join(" = ", words));

    public Task<bool> SplitAsync(Guid eventId, string head, string actor) =>
        ChangeAsync(eventId, actor, ev => WordMerges.Split(ev.MergedWords, head), "Counted merged words apart again", head);

    private Task<bool> ChangeAsync(Guid eventId, string actor, Func<Domain.Events.Event, bool> change, string action, string detail) =>
        commands.SerializedAsync(eventId, async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var ev = await db.LoadEventTreeAsync(eventId);
            if (!change(ev))
            {
                return false;
            }
            db.AuditEntries.Add(AuditEntry.Of(eventId, actor, action, detail, time.GetUtcNow()));
            await db.SaveChangesAsync();
            foreach (var question in ev.QuestionsInOrder().Where(q => q.Type == QuestionType.OpenText))
            {
                await publisher.ResultsChangedAsync(ev, question.Id);
            }
            return true;
        });
}
