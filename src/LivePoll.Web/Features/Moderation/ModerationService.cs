using LivePoll.Data;
using LivePoll.Domain.Cards;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Moderation;

/// <summary>The moderator's one-click steps. Each writes, commits, then publishes.</summary>
public sealed class ModerationService(
    IDbContextFactory<LivePollDbContext> dbFactory,
    LiveChangePublisher publisher,
    LiveEventRegistry registry,
    TimeProvider time)
{
    public Task OpenAsync(Guid eventId, Guid questionId, bool keepOthersOpen = false) =>
        ChangeAsync(eventId, questionId, (ev, q) => ev.OpenQuestion(q, keepOthersOpen, time.GetUtcNow()));

    public Task CloseAsync(Guid eventId, Guid questionId) =>
        ChangeAsync(eventId, questionId, (_, q) => q.Close(time.GetUtcNow()));

    /// <summary>Starts a part of the agenda (the running one ends); its clock runs against the planned minutes.</summary>
    public async Task StartSessionAsync(Guid eventId, Guid sessionId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ev = await db.LoadEventTreeAsync(eventId);
        var session = ev.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("The session is not part of this event.");
        ev.StartSession(session, time.GetUtcNow());
        await db.SaveChangesAsync();
        await publisher.AgendaChangedAsync(ev);
    }

    public Task RevealAsync(Guid eventId, Guid questionId) => ChangeAsync(eventId, questionId, (_, q) => q.Reveal());

    public Task HideAsync(Guid eventId, Guid questionId) => ChangeAsync(eventId, questionId, (_, q) => q.Hide());

    /// <summary>
    /// Replaces the card counts of the listed options and records each change (who, when, old → new).
    /// Returns the problems by field when the counts are not valid; then nothing changes.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string[]>> SetCardCountsAsync(
        Guid eventId, Guid questionId, IReadOnlyList<CardCountEntry>? counts, string changedBy)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (ev, question) = await LoadAsync(db, eventId, questionId);
        var errors = CardCounts.Validate(question, counts);
        if (errors.Count > 0)
        {
            return errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }
        db.CardCountChanges.AddRange(CardCounts.Apply(ev.Id, question, counts!, changedBy, time.GetUtcNow()));
        await db.SaveChangesAsync();
        await publisher.ResultsChangedAsync(ev, questionId);
        return new Dictionary<string, string[]>();
    }

    /// <summary>Takes a word (or a whole answer) out of an open-text question's word cloud, or puts it back.</summary>
    public async Task SetHiddenAsync(Guid eventId, Guid questionId, string text, bool wholeAnswer, bool hidden)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (ev, question) = await LoadAsync(db, eventId, questionId);
        if (question.SetHidden(text, wholeAnswer, hidden))
        {
            await db.SaveChangesAsync();
            await publisher.ResultsChangedAsync(ev, questionId);
        }
    }

    /// <summary>Every change of a card count in the event, newest first.</summary>
    public async Task<IReadOnlyList<CardCountChange>> CardCountHistoryAsync(Guid eventId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Events.AnyAsync(e => e.Id == eventId))
        {
            throw new NotFoundException("The event does not exist.");
        }
        var changes = await db.CardCountChanges.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync();
        return [.. changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)];
    }

    private async Task ChangeAsync(Guid eventId, Guid questionId, Action<Event, Question> change)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (ev, question) = await LoadAsync(db, eventId, questionId);
        change(ev, question);
        await RecordTurnoutBaseAsync(ev);
        await db.SaveChangesAsync();
        await publisher.AgendaChangedAsync(ev, questionId);
    }

    /// <summary>Keeps, with each question, the most phones connected while it was open (turnout is measured against it).</summary>
    private async Task RecordTurnoutBaseAsync(Event ev)
    {
        if (await registry.GetAsync(ev.Id) is { } live)
        {
            foreach (var question in ev.QuestionsInOrder())
            {
                question.RecordConnectedPhones(live.PeakConnectedWhileOpen(question.Id));
            }
        }
    }

    private static async Task<(Event Event, Question Question)> LoadAsync(LivePollDbContext db, Guid eventId, Guid questionId)
    {
        var ev = await db.LoadEventTreeAsync(eventId);
        var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("The question is not part of this event.");
        return (ev, question);
    }
}
