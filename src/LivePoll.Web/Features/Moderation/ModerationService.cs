using LivePoll.Data;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Moderation;

/// <summary>The moderator's one-click steps. Each writes, commits, then publishes.</summary>
public sealed class ModerationService(
    IDbContextFactory<LivePollDbContext> dbFactory,
    LiveChangePublisher publisher,
    TimeProvider time)
{
    public Task OpenAsync(Guid eventId, Guid questionId, bool keepOthersOpen = false) =>
        ChangeAsync(eventId, questionId, (ev, q) => ev.OpenQuestion(q, keepOthersOpen, time.GetUtcNow()));

    public Task CloseAsync(Guid eventId, Guid questionId) =>
        ChangeAsync(eventId, questionId, (_, q) => q.Close(time.GetUtcNow()));

    public Task RevealAsync(Guid eventId, Guid questionId) => ChangeAsync(eventId, questionId, (_, q) => q.Reveal());

    public Task HideAsync(Guid eventId, Guid questionId) => ChangeAsync(eventId, questionId, (_, q) => q.Hide());

    private async Task ChangeAsync(Guid eventId, Guid questionId, Action<Event, Question> change)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ev = await db.EventTrees.FirstOrDefaultAsync(e => e.Id == eventId)
            ?? throw new NotFoundException("The event does not exist.");
        var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("The question is not part of this event.");
        change(ev, question);
        await db.SaveChangesAsync();
        await publisher.AgendaChangedAsync(ev, questionId);
    }
}
