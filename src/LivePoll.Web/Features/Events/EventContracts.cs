using LivePoll.Domain.Access;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Events;

// The public JSON shapes of design.md ("event list", "event"). Names are part of the contract.

/// <summary>An event in the list; <c>role</c> is the caller's role in it (null for an administrator, who may do everything).</summary>
public sealed record EventSummaryDto(Guid Id, string Code, string Title, EventStatus Status, EventRole? Role = null);

public sealed record EventDto(
    Guid Id, string Code, string Title, EventStatus Status,
    IReadOnlyList<string> Languages, IReadOnlyList<SessionDto> Sessions, ProfileDto? Profile = null);

/// <summary>The optional question asked once at join; its answers only ever appear in aggregates.</summary>
public sealed record ProfileDto(string Question, IReadOnlyList<string> Groups);

public sealed record SessionDto(
    Guid Id, string Title, int PlannedMinutes, IReadOnlyList<QuestionDto> Questions, DateTimeOffset? StartedAt = null, DateTimeOffset? EndedAt = null);

public sealed record QuestionDto(
    Guid Id, QuestionType Type, string Text, QuestionState State,
    ResultsVisibility Visibility, bool ResultsVisible,
    int? MaxChoices, int? ScaleMin, int? ScaleMax,
    IReadOnlyList<OptionDto> Options,
    string? ScaleMinLabel = null, string? ScaleMaxLabel = null,
    int? TimerSeconds = null, int? SecondsLeft = null, string? RepeatOf = null);

public sealed record OptionDto(Guid Id, string Text, string Colour);

internal static class EventMapping
{
    public static EventSummaryDto ToSummaryDto(this Event e, EventRole? role = null) => new(e.Id, e.Code, e.Title, e.Status, role);

    public static EventDto ToDto(this Event e) => new(
        e.Id, e.Code, e.Title, e.Status, e.Languages,
        [.. e.Sessions.OrderBy(s => s.Order).Select(s => new SessionDto(
            s.Id, s.Title, s.PlannedMinutes, [.. s.Questions.OrderBy(q => q.Order).Select(q => q.ToDto(e.RepeatedText(q)))], s.StartedAt, s.EndedAt))],
        e.ProfileQuestion is { } profile ? new ProfileDto(profile, e.ProfileGroups) : null);

    /// <summary>The text of the question <paramref name="question"/> asks again, which is how a template refers to it.</summary>
    private static string? RepeatedText(this Event e, Question question) =>
        question.RepeatOfId is { } id ? e.FindQuestion(id)?.Text : null;

    public static QuestionDto ToDto(this Question q, string? repeatOf = null) => new(
        q.Id, q.Type, q.Text, q.State, q.Visibility, q.ResultsVisibleToAudience,
        q.Type == QuestionType.MultipleChoice ? q.EffectiveMaxChoices : null,
        q.ScaleMin, q.ScaleMax,
        [.. q.OptionsInOrder().Select(o => new OptionDto(o.Id, o.Text, o.Colour))],
        q.ScaleMinLabel, q.ScaleMaxLabel,
        q.TimerSeconds, q.SecondsLeft(DateTimeOffset.UtcNow), repeatOf);
}
