using LivePoll.Data;
using LivePoll.Domain;
using LivePoll.Domain.Access;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Events;

/// <summary>The organiser's edits of events, sessions and questions. Each writes, commits, then publishes.</summary>
public sealed class EventService(
    IDbContextFactory<LivePollDbContext> dbFactory,
    LiveChangePublisher publisher,
    EventCommands commands,
    EventAccess access,
    ILogger<EventService> logger,
    TimeProvider time)
{
    /// <summary>The events this staff member has a role in (an administrator: all), newest first.</summary>
    public async Task<IReadOnlyList<EventSummaryDto>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var roles = await access.RolesOfAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        return [.. events.Where(e => roles is null || roles.ContainsKey(e.Id)).OrderByDescending(e => e.CreatedAt).Select(e => e.ToSummaryDto(roles?[e.Id]))];
    }

    public async Task<Event?> GetAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.EventTrees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
    }

    /// <summary>
    /// Creates an event from a template with a join code of its own (its creator, if any, becomes its organiser),
    /// or returns the errors by field.
    /// </summary>
    public async Task<(Event? Created, Dictionary<string, string[]> Errors)> CreateAsync(
        EventTemplate template, StaffUser? creator, string? code = null, EventStatus status = EventStatus.Draft, CancellationToken cancellationToken = default)
    {
        var ev = EventFactory.TryCreate(template, time.GetUtcNow(), out var errors);
        if (ev is null)
        {
            return (null, errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (code is not null && await db.Events.AnyAsync(e => e.Code == code, cancellationToken))
        {
            return (null, new() { ["code"] = [$"The code {code} is already used by another event."] });
        }
        ev.Code = code ?? await UnusedCodeAsync(db, cancellationToken);
        ev.Status = status;
        db.Events.Add(ev);
        if (creator is not null)
        {
            PeopleService.AddOrganiser(db, ev.Id, creator, time.GetUtcNow());
        }
        await db.SaveChangesAsync(cancellationToken);
        return (ev, errors);
    }

    /// <summary>A new draft event with the same agenda and questions (no votes), titled "Copy of …".</summary>
    public async Task<Event> DuplicateAsync(Guid eventId, StaffUser? creator, CancellationToken cancellationToken = default)
    {
        var original = await GetAsync(eventId, cancellationToken) ?? throw new NotFoundException("TheEventDoesNotExist");
        var title = $"Copy of {original.Title}";
        var (copy, _) = await CreateAsync(original.ToTemplate(title[..Math.Min(title.Length, Event.MaxTitleLength)]), creator, cancellationToken: cancellationToken);
        return copy ?? throw new InvalidOperationException("A valid event gave an invalid copy.");
    }

    /// <summary>Changes the title, languages and profile question (checked as an imported template would be); returns the errors by field.</summary>
    public async Task<Dictionary<string, string[]>> SaveSettingsAsync(Guid eventId, EventSettingsDraft settings)
    {
        if (EventFactory.TryCreate(settings.ToTemplate(), time.GetUtcNow(), out var errors) is { } valid)
        {
            await MutateAsync(eventId, ev => ev.TakeSettings(valid));
        }
        return errors;
    }

    /// <summary>
    /// Deletes the event with everything of it: agenda, participants, responses, Q&amp;A, card history, people and its
    /// audit log. Irreversible; written to the application log, since the event's own log goes with it.
    /// </summary>
    public async Task DeleteAsync(Guid eventId, string actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId) ?? throw new NotFoundException("TheEventDoesNotExist");
        db.Events.Remove(ev);
        await db.SaveChangesAsync();
        logger.LogWarning("Event {Title} ({EventId}, code {Code}) was deleted with all its data by {Actor}", ev.Title, ev.Id, ev.Code, actor);
        await publisher.EventDeletedAsync(ev);
    }

    public Task SaveSessionAsync(
        Guid eventId, Guid? sessionId, string title, int plannedMinutes, IReadOnlyDictionary<string, string>? titleTranslations = null) => MutateAsync(eventId, ev =>
    {
        var trimmed = title.Trim();
        if (trimmed.Length is 0 or > AgendaSession.MaxTitleLength || plannedMinutes is < 0 or > 24 * 60)
        {
            throw new DomainRuleException("SessionNeedsTitleMostNCharactersMinutes", AgendaSession.MaxTitleLength);
        }
        var session = sessionId is { } id ? FindSession(ev, id) : AddSession(ev);
        session.Title = trimmed;
        session.PlannedMinutes = plannedMinutes;
        session.TitleTranslations = (titleTranslations ?? session.TitleTranslations)
            .Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .ToDictionary(t => t.Key, t => QuestionEditor.Trimmed(t.Value, AgendaSession.MaxTitleLength));
    });

    public Task DeleteSessionAsync(Guid eventId, Guid sessionId, string actor) => MutateAsync(eventId, (actor, "Deleted part of the agenda"), ev =>
    {
        var session = FindSession(ev, sessionId);
        if (session.Questions.Any(q => q.State != QuestionState.Draft))
        {
            throw new DomainRuleException("ThisSessionHasQuestionsWereAlready");
        }
        ev.Sessions.Remove(session);
        ev.Sessions.OrderBy(s => s.Order).AssignOrder();
        return session.Title;
    });

    public Task MoveSessionAsync(Guid eventId, Guid sessionId, int offset) =>
        MutateAsync(eventId, ev => ev.Sessions.Move(FindSession(ev, sessionId), offset));

    public Task SaveQuestionAsync(Guid eventId, Guid sessionId, QuestionDraft draft) => MutateAsync(eventId, ev =>
    {
        if (draft.Validate() is { Count: > 0 } errors)
        {
            throw new DomainRuleException(errors[0].Message);
        }
        var session = FindSession(ev, sessionId);
        var question = draft.Id is { } id
            ? ev.FindQuestion(id) ?? throw new NotFoundException("TheQuestionNotPartEvent")
            : AddQuestion(session);
        QuestionEditor.Apply(question, draft);
    });

    /// <summary>
    /// Copies a question to the end of the last session, not yet asked, so it can be asked again
    /// later and the two rounds compared. Returns the copy's id.
    /// </summary>
    public async Task<Guid> CopyQuestionAsync(Guid eventId, Guid questionId)
    {
        var copyId = Guid.Empty;
        await MutateAsync(eventId, ev =>
        {
            var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("TheQuestionNotPartEvent");
            var last = ev.Sessions.OrderBy(s => s.Order).Last();
            var copy = question.CopyAsDraft(last.Id, last.Questions.NextOrder());
            last.Questions.Add(copy);
            copyId = copy.Id;
        });
        return copyId;
    }

    public Task DeleteQuestionAsync(Guid eventId, Guid questionId, string actor) => MutateAsync(eventId, (actor, "Deleted question"), ev =>
    {
        var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("TheQuestionNotPartEvent");
        if (question.State != QuestionState.Draft)
        {
            throw new DomainRuleException("AQuestionWasAlreadyAskedCannotDeleted");
        }
        var session = ev.Sessions.First(s => s.Questions.Contains(question));
        session.Questions.Remove(question);
        session.Questions.OrderBy(q => q.Order).AssignOrder();
        return question.Text;
    });

    public Task MoveQuestionAsync(Guid eventId, Guid questionId, int offset) => MutateAsync(eventId, ev =>
    {
        var question = ev.FindQuestion(questionId) ?? throw new NotFoundException("TheQuestionNotPartEvent");
        ev.Sessions.First(s => s.Questions.Contains(question)).Questions.Move(question, offset);
    });

    private Task<bool> MutateAsync(Guid eventId, Action<Event> change) => MutateAsync(eventId, audit: null, ev =>
    {
        change(ev);
        return "";
    });

    /// <summary>
    /// Changes the event; with <paramref name="audit"/>, the audit log records the change (its detail is what
    /// <paramref name="change"/> returns). Whatever was edited, translations stay within the event's languages.
    /// </summary>
    private Task<bool> MutateAsync(Guid eventId, (string Actor, string Action)? audit, Func<Event, string> change) =>
        commands.ChangeAgendaAsync(eventId, audit?.Actor ?? "", ev =>
        {
            var detail = change(ev);
            ev.DropTranslationsOutsideItsLanguages();
            IReadOnlyList<AuditNote> notes = audit is { } entry ? [new AuditNote(entry.Action, detail)] : [];
            return Task.FromResult<IReadOnlyList<AuditNote>?>(notes);
        });

    private static async Task<string> UnusedCodeAsync(LivePollDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = JoinCode.Generate();
            if (!await db.Events.AnyAsync(e => e.Code == code, cancellationToken))
            {
                return code;
            }
        }
    }

    private static AgendaSession FindSession(Event ev, Guid sessionId) =>
        ev.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("TheSessionNotPartEvent");

    private static AgendaSession AddSession(Event ev)
    {
        var session = new AgendaSession { EventId = ev.Id, Order = ev.Sessions.NextOrder() };
        ev.Sessions.Add(session);
        return session;
    }

    private static Question AddQuestion(AgendaSession session)
    {
        var question = new Question { SessionId = session.Id, Order = session.Questions.NextOrder() };
        session.Questions.Add(question);
        return question;
    }
}
