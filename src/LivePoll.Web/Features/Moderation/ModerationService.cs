using LivePoll.Data;
using LivePoll.Domain.Access;
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
    /// <summary>Who closes a question whose timer ran out, in the audit log.</summary>
    public const string TimerActor = "timer";

    public Task OpenAsync(Guid eventId, Guid questionId, string actor, bool keepOthersOpen = false) =>
        ChangeAsync(eventId, questionId, actor, "Opened question", (ev, q) => ev.OpenQuestion(q, keepOthersOpen, time.GetUtcNow()));

    public Task CloseAsync(Guid eventId, Guid questionId, string actor) =>
        ChangeAsync(eventId, questionId, actor, "Closed question", (_, q) => q.Close(time.GetUtcNow()));

    /// <summary>Starts a part of the agenda (the running one ends); its clock runs against the planned minutes.</summary>
    public async Task StartSessionAsync(Guid eventId, Guid sessionId, string actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ev = await db.LoadEventTreeAsync(eventId);
        var session = ev.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("The session is not part of this event.");
        ev.StartSession(session, time.GetUtcNow());
        db.AuditEntries.Add(AuditEntry.Of(eventId, actor, "Started part of the agenda", session.Title, time.GetUtcNow()));
        await db.SaveChangesAsync();
        await publisher.AgendaChangedAsync(ev);
    }

    public Task RevealAsync(Guid eventId, Guid questionId, string actor) => ChangeAsync(eventId, questionId, actor, "Revealed results", (_, q) => q.Reveal());

    public Task HideAsync(Guid eventId, Guid questionId, string actor) => ChangeAsync(eventId, questionId, actor, "Hid results", (_, q) => q.Hide());

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
        var changes = CardCounts.Apply(ev.Id, question, counts!, changedBy, time.GetUtcNow());
        db.CardCountChanges.AddRange(changes);
        var options = question.Options.ToDictionary(o => o.Id, o => o.Text);
        db.AuditEntries.Add(AuditEntry.Of(ev.Id, changedBy, "Card counts", $"{question.Text}: " +
            string.Join("; ", changes.Select(c => $"{options.GetValueOrDefault(c.OptionId)} {c.OldCount} → {c.NewCount}")), time.GetUtcNow()));
        await db.SaveChangesAsync();
        await publisher.ResultsChangedAsync(ev, questionId);
        return new Dictionary<string, string[]>();
    }

    /// <summary>Takes a word (or a whole answer) out of an open-text question's word cloud, or puts it back.</summary>
    public async Task SetHiddenAsync(Guid eventId, Guid questionId, string text, bool wholeAnswer, bool hidden, string actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (ev, question) = await LoadAsync(db, eventId, questionId);
        if (question.SetHidden(text, wholeAnswer, hidden))
        {
            db.AuditEntries.Add(AuditEntry.Of(eventId, actor, hidden ? "Hid from the word cloud" : "Showed in the word cloud again",
                $"{(wholeAnswer ? "answer" : "word")} “{text}”", time.GetUtcNow()));
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

    private async Task ChangeAsync(Guid eventId, Guid questionId, string actor, string action, Action<Event, Question> change)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (ev, question) = await LoadAsync(db, eventId, questionId);
        change(ev, question);
        db.AuditEntries.Add(AuditEntry.Of(eventId, actor, action, question.Text, time.GetUtcNow()));
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
