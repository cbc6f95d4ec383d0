using LivePoll.Domain;
using LivePoll.Domain.Access;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Events;

// The public JSON shapes of design.md ("event list", "event"). Names are part of the contract.

/// <summary>An event in the list; <c>role</c> is the caller's role in it (null for an administrator, who may do everything).</summary>
public sealed record EventSummaryDto(Guid Id, string Code, string Title, EventStatus Status, EventRole? Role = null);

public sealed record EventDto(
    Guid Id, string Code, string Title, EventStatus Status,
    IReadOnlyList<string> Languages, IReadOnlyList<SessionDto> Sessions, ProfileDto? Profile = null,
    IReadOnlyDictionary<string, string>? TitleTranslations = null, bool ChathamHouse = false,
    int? ExpectedAudience = null, bool Rehearsal = false,
    IReadOnlyDictionary<string, List<string>>? MergedWords = null, int InterpretationSeconds = 0);

/// <summary>
/// The event as a phone gets it when joining: what it shows (code, title, languages, the profile question), not the
/// agenda — questions reach phones one at a time, so a join stays small however long the event.
/// </summary>
public sealed record PhoneEventDto(
    Guid Id, string Code, string Title, EventStatus Status, IReadOnlyList<string> Languages, ProfileDto? Profile,
    IReadOnlyDictionary<string, string>? TitleTranslations = null, bool ChathamHouse = false, bool Rehearsal = false)
{
    public string TitleIn(string? language) => Translated.In(Title, TitleTranslations ?? new Dictionary<string, string>(), language);
}

/// <summary>The optional question asked once at join; its answers only ever appear in aggregates.</summary>
public sealed record ProfileDto(string Question, IReadOnlyList<string> Groups, IReadOnlyDictionary<string, ProfileTranslation>? Translations = null);

public sealed record SessionDto(
    Guid Id, string Title, int PlannedMinutes, IReadOnlyList<QuestionDto> Questions, DateTimeOffset? StartedAt = null, DateTimeOffset? EndedAt = null,
    IReadOnlyDictionary<string, string>? TitleTranslations = null);

public sealed record QuestionDto(
    Guid Id, QuestionType Type, string Text, QuestionState State,
    ResultsVisibility Visibility, bool ResultsVisible,
    int? MaxChoices, int? ScaleMin, int? ScaleMax,
    IReadOnlyList<OptionDto> Options,
    string? ScaleMinLabel = null, string? ScaleMaxLabel = null,
    int? TimerSeconds = null, int? SecondsLeft = null, string? RepeatOf = null,
    IReadOnlyDictionary<string, QuestionTranslation>? Translations = null,
    bool? CountsPhrases = null)
{
    /// <summary>The wording a phone reading <paramref name="language"/> sees (the original where no translation exists).</summary>
    public QuestionTranslation In(string? language) =>
        QuestionTranslation.In(new(Text, ScaleMinLabel, ScaleMaxLabel), Translations, language);

    /// <summary>This question as read in <paramref name="language"/>: its wording and its options' texts, ids unchanged.</summary>
    public QuestionDto Translated(string? language)
    {
        var wording = In(language);
        return this with
        {
            Text = wording.Text,
            ScaleMinLabel = wording.ScaleMinLabel,
            ScaleMaxLabel = wording.ScaleMaxLabel,
            Options = [.. Options.Select(o => o with { Text = o.TextIn(language) })],
        };
    }
}

/// <summary>An option; <c>translations</c> holds its text in the event's other languages (<c>{ "fr": { "text": … } }</c>).</summary>
public sealed record OptionDto(Guid Id, string Text, string Colour, IReadOnlyDictionary<string, OptionTranslationDto>? Translations = null)
{
    public string TextIn(string? language) =>
        language is not null && Translations?.GetValueOrDefault(language) is { } t ? t.Text : Text;
}

public sealed record OptionTranslationDto(string Text);

internal static class EventMapping
{
    public static PhoneEventDto ToPhoneDto(this Event e) => new(
        e.Id, e.Code, e.Title, e.Status, e.Languages,
        e.ProfileQuestion is { } profile
            ? new ProfileDto(profile, e.ProfileGroups, e.ProfileTranslations.Count > 0 ? new Dictionary<string, ProfileTranslation>(e.ProfileTranslations) : null)
            : null,
        OrNull(e.TitleTranslations),
        e.ChathamHouse,
        e.InRehearsal);

    public static EventSummaryDto ToSummaryDto(this Event e, EventRole? role = null) => new(e.Id, e.Code, e.Title, e.Status, role);

    public static EventDto ToDto(this Event e) => new(
        e.Id, e.Code, e.Title, e.Status, e.Languages,
        [.. e.Sessions.OrderBy(s => s.Order).Select(s => new SessionDto(
            s.Id, s.Title, s.PlannedMinutes, [.. s.Questions.OrderBy(q => q.Order).Select(q => q.ToDto(e.RepeatedText(q)))], s.StartedAt, s.EndedAt,
            OrNull(s.TitleTranslations)))],
        e.ToPhoneDto().Profile,
        OrNull(e.TitleTranslations),
        e.ChathamHouse,
        e.ExpectedAudience,
        e.InRehearsal,
        e.MergedWords.Count > 0 ? e.MergedWords.ToDictionary(m => m.Key, m => new List<string>(m.Value)) : null,
        e.InterpretationSeconds);

    private static Dictionary<string, string>? OrNull(Dictionary<string, string> translations) => translations.Count > 0 ? new(translations) : null;

    /// <summary>The text of the question <paramref name="question"/> asks again, which is how a template refers to it.</summary>
    private static string? RepeatedText(this Event e, Question question) =>
        question.RepeatOfId is { } id ? e.FindQuestion(id)?.Text : null;

    public static QuestionDto ToDto(this Question q, string? repeatOf = null) => new(
        q.Id, q.Type, q.Text, q.State, q.Visibility, q.ResultsVisibleToAudience,
        q.Type == QuestionType.MultipleChoice ? q.EffectiveMaxChoices : null,
        q.ScaleMin, q.ScaleMax,
        [.. q.OptionsInOrder().Select(o => new OptionDto(o.Id, o.Text, o.Colour, OptionTranslations(o)))],
        q.ScaleMinLabel, q.ScaleMaxLabel,
        q.TimerSeconds, q.SecondsLeft(DateTimeOffset.UtcNow), repeatOf,
        q.Translations.Count > 0 ? new Dictionary<string, QuestionTranslation>(q.Translations) : null,
        q.CountsPhrases ? true : null);

    private static Dictionary<string, OptionTranslationDto>? OptionTranslations(QuestionOption o) =>
        o.Translations.Count > 0 ? o.Translations.ToDictionary(t => t.Key, t => new OptionTranslationDto(t.Value)) : null;
}
