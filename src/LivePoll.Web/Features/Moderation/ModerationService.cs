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

/// <summary>
/// The moderator's one-click steps. Each runs through <see cref="EventCommands"/> (one at a time per event), writes,
/// commits, then publishes; a step that is already done (opening an open question) changes and records nothing.
/// </summary>
public sealed class ModerationService(
    IDbContextFactory<LivePollDbContext> dbFactory,
    EventCommands commands,
    LiveChangePublisher publisher,
    LiveEventRegistry registry,
    TimeProvider time)
{
    /// <summary>Who closes a question whose timer ran out, in the audit log.</summary>
    public const string TimerActor = "timer";

    private const string Closed = "Closed question";

    public Task OpenAsync(Guid eventId, Guid questionId, string actor, bool keepOthersOpen = false) =>
        ChangeAsync(eventId, questionId, actor, (ev, q) =>
        {
            if (q.State == QuestionState.Open)
            {
                return null;
            }
            var closedOthers = ev.OpenQuestion(q, keepOthersOpen, time.GetUtcNow());
            return [.. closedOthers.Select(other => new AuditNote(Closed, other.Text)), new AuditNote("Opened question", q.Text)];
        });

    public Task CloseAsync(Guid eventId, Guid questionId, string actor) =>
        ChangeAsync(eventId, questionId, actor, (_, q) =>
        {
            if (q.State == QuestionState.Closed)
            {
                return null;
            }
            q.Close(time.GetUtcNow());
            return [new AuditNote(Closed, q.Text)];
        });

    /// <summary>Closes the question if its timer has run out by now (not if it was closed or re-opened in the meantime).</summary>
    public Task CloseExpiredAsync(Guid eventId, Guid questionId) =>
        ChangeAsync(eventId, questionId, TimerActor, (_, q) =>
        {
            if (q.State != QuestionState.Open || q.ClosesAt is not { } closesAt || closesAt > time.GetUtcNow())
            {
                return null;
            }
            q.Close(time.GetUtcNow());
            return [new AuditNote(Closed, q.Text)];
        });

    /// <summary>Starts a part of the agenda (the running one ends); its clock runs against the planned minutes.</summary>
    public Task StartSessionAsync(Guid eventId, Guid sessionId, string actor) =>
        commands.ChangeAgendaAsync(eventId, actor, ev =>
        {
            var session = ev.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("TheSessionNotPartEvent");
            if (session.IsRunning)
            {
                return Task.FromResult<IReadOnlyList<AuditNote>?>(null);
            }
            ev.StartSession(session, time.GetUtcNow());
            return Task.FromResult<IReadOnlyList<AuditNote>?>([new AuditNote("Started part of the agenda", session.Title)]);
        });

    /// <summary>Ends the event (open questions close, phones are thanked and may no longer vote, ask or upvote).</summary>
    public async Task EndEventAsync(Guid eventId, string actor)
    {
        var ended = await commands.ChangeAgendaAsync(eventId, actor, ev =>
        {
            if (ev.Status == EventStatus.Closed)
            {
                return Task.FromResult<IReadOnlyList<AuditNote>?>(null);
            }
            var closed = ev.End(time.GetUtcNow());
            return Task.FromResult<IReadOnlyList<AuditNote>?>(
                [.. closed.Select(q => new AuditNote(Closed, q.Text)), new AuditNote("Ended the event", ev.Title)]);
        });
        if (ended)
        {
            await publisher.EventEndedAsync(eventId);
        }
    }

    /// <summary>Makes an ended event live again; questions stay closed until the moderator opens one.</summary>
    public Task ReopenEventAsync(Guid eventId, string actor) =>
        commands.ChangeAgendaAsync(eventId, actor, ev => Task.FromResult<IReadOnlyList<AuditNote>?>(
            ev.Reopen() ? [new AuditNote("Reopened the event", ev.Title)] : null));

    public Task RevealAsync(Guid eventId, Guid questionId, string actor) => ChangeAsync(eventId, questionId, actor, (_, q) =>
    {
        if (q.ResultsShownOverride == true)
        {
            return null;
        }
        q.Reveal();
        return [new AuditNote("Revealed results", q.Text)];
    });

    public Task HideAsync(Guid eventId, Guid questionId, string actor) => ChangeAsync(eventId, questionId, actor, (_, q) =>
    {
        if (q.ResultsShownOverride == false)
        {
            return null;
        }
        q.Hide();
        return [new AuditNote("Hid results", q.Text)];
    });

    /// <summary>
    /// Replaces the card counts of the listed options and records each change (who, when, old → new).
    /// Returns the problems by field when the counts are not valid; then nothing changes.
    /// </summary>
    public Task<IReadOnlyDictionary<string, string[]>> SetCardCountsAsync(
        Guid eventId, Guid questionId, IReadOnlyList<CardCountEntry>? counts, string changedBy) =>
        commands.SerializedAsync<IReadOnlyDictionary<string, string[]>>(eventId, async () =>
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
    });

    /// <summary>Takes a word (or a whole answer) out of an open-text question's word cloud, or puts it back.</summary>
    public Task SetHiddenAsync(Guid eventId, Guid questionId, string text, bool wholeAnswer, bool hidden, string actor) =>
        commands.SerializedAsync(eventId, async () =>
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
        return true;
    });

    /// <summary>Every change of a card count in the event, newest first.</summary>
    public async Task<IReadOnlyList<CardCountChange>> CardCountHistoryAsync(Guid eventId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Events.AnyAsync(e => e.Id == eventId))
        {
            throw new NotFoundException("TheEventDoesNotExist");
        }
        var changes = await db.CardCountChanges.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync();
        return [.. changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)];
    }

    private Task<bool> ChangeAsync(Guid eventId, Guid questionId, string actor, Func<Event, Question, IReadOnlyList<AuditNote>?> change) =>
        commands.ChangeAgendaAsync(eventId, actor, async ev =>
        {
            var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("TheQuestionNotPartEvent");
            if (change(ev, question) is not { } notes)
            {
                return null;
            }
            await RecordTurnoutBaseAsync(ev);
            return notes;
        }, questionId);

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
        var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("TheQuestionNotPartEvent");
        return (ev, question);
    }
}
