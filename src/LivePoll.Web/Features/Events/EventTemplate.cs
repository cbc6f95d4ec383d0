using LivePoll.Domain;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Events;

// What POST /api/events accepts: the minimal shape of design.md, and also the full event JSON
// (GET /api/events/{id}/export/json), whose extra fields (ids, states) are ignored.

public sealed class EventTemplate
{
    public string? Title { get; set; }

    /// <summary>The title in the event's other languages: <c>{ "fr": "…" }</c>.</summary>
    public Dictionary<string, string?>? TitleTranslations { get; set; }
    public List<string>? Languages { get; set; }
    public List<SessionTemplate>? Sessions { get; set; }
    public ProfileTemplate? Profile { get; set; }

    /// <summary>The Chatham House rule: no names with audience questions, no row per person in any export.</summary>
    public bool? ChathamHouse { get; set; }

    /// <summary>How many people are expected in the room (optional).</summary>
    public int? ExpectedAudience { get; set; }

    /// <summary>Seconds every question timer gains per language beyond the first (0 to 120; optional).</summary>
    public int? InterpretationSeconds { get; set; }

    /// <summary>Word-cloud words counted as one concept: <c>{ "funding": ["financement", "تمويل"] }</c> (head word → the others).</summary>
    public Dictionary<string, List<string>?>? MergedWords { get; set; }
}

public sealed class ProfileTemplate
{
    public string? Question { get; set; }
    public List<string>? Groups { get; set; }

    /// <summary><c>{ "fr": { "question": …, "groups": [… same order …] } }</c></summary>
    public Dictionary<string, ProfileTranslationTemplate?>? Translations { get; set; }
}

public sealed class ProfileTranslationTemplate
{
    public string? Question { get; set; }
    public List<string>? Groups { get; set; }
}

public sealed class SessionTemplate
{
    public string? Title { get; set; }
    public Dictionary<string, string?>? TitleTranslations { get; set; }
    public int? PlannedMinutes { get; set; }
    public List<QuestionTemplate>? Questions { get; set; }
}

public sealed class QuestionTemplate
{
    public QuestionType? Type { get; set; }
    public string? Text { get; set; }
    public ResultsVisibility? Visibility { get; set; }
    public int? MaxChoices { get; set; }
    public int? ScaleMin { get; set; }
    public int? ScaleMax { get; set; }
    public string? ScaleMinLabel { get; set; }
    public string? ScaleMaxLabel { get; set; }
    public int? TimerSeconds { get; set; }

    /// <summary>Open text: count each answer as one phrase in the word cloud.</summary>
    public bool? CountsPhrases { get; set; }

    /// <summary>The text of an earlier question of the template that this one asks again (for a before/after comparison).</summary>
    public string? RepeatOf { get; set; }
    public List<OptionTemplate>? Options { get; set; }

    /// <summary>The wording in the event's other languages: <c>{ "fr": { "text": …, "scaleMinLabel": … } }</c>.</summary>
    public Dictionary<string, QuestionTranslationTemplate?>? Translations { get; set; }
}

public sealed class QuestionTranslationTemplate
{
    public string? Text { get; set; }
    public string? ScaleMinLabel { get; set; }
    public string? ScaleMaxLabel { get; set; }
}

public sealed class OptionTemplate
{
    public string? Text { get; set; }
    public string? Colour { get; set; }
    public Dictionary<string, OptionTranslationTemplate?>? Translations { get; set; }
}

public sealed class OptionTranslationTemplate
{
    public string? Text { get; set; }
}

internal static class EventTemplateMapping
{
    /// <summary>
    /// The template that recreates <paramref name="ev"/>'s agenda and questions (not its votes, states or code), with
    /// the translations into the event's current other languages.
    /// </summary>
    public static EventTemplate ToTemplate(this Event ev, string title)
    {
        var translated = ev.Languages.Skip(1).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, TValue?>? Of<TSource, TValue>(IReadOnlyDictionary<string, TSource> translations, Func<TSource, TValue> map)
            where TValue : class =>
            Translated.Only(translations, translated) is { Count: > 0 } kept ? kept.ToDictionary(t => t.Key, t => (TValue?)map(t.Value)) : null;

        return new()
        {
            Title = title,
            TitleTranslations = Of(ev.TitleTranslations, text => text),
            Languages = [.. ev.Languages],
            ChathamHouse = ev.ChathamHouse ? true : null,
            ExpectedAudience = ev.ExpectedAudience,
            InterpretationSeconds = ev.InterpretationSeconds > 0 ? ev.InterpretationSeconds : null,
            MergedWords = ev.MergedWords.Count > 0 ? ev.MergedWords.ToDictionary(m => m.Key, m => (List<string>?)[.. m.Value]) : null,
            Profile = ev.ProfileQuestion is { } profile ? new ProfileTemplate
            {
                Question = profile,
                Groups = [.. ev.ProfileGroups],
                Translations = Of(ev.ProfileTranslations, t => new ProfileTranslationTemplate { Question = t.Question, Groups = [.. t.Groups] }),
            } : null,
            Sessions = [.. ev.Sessions.OrderBy(s => s.Order).Select(s => new SessionTemplate
            {
                Title = s.Title,
                TitleTranslations = Of(s.TitleTranslations, text => text),
                PlannedMinutes = s.PlannedMinutes,
                Questions = [.. s.Questions.OrderBy(q => q.Order).Select(q => new QuestionTemplate
                {
                    Type = q.Type,
                    Text = q.Text,
                    Visibility = q.Visibility,
                    MaxChoices = q.MaxChoices,
                    ScaleMin = q.ScaleMin,
                    ScaleMax = q.ScaleMax,
                    ScaleMinLabel = q.ScaleMinLabel,
                    ScaleMaxLabel = q.ScaleMaxLabel,
                    TimerSeconds = q.TimerSeconds,
                    CountsPhrases = q.CountsPhrases ? true : null,
                    RepeatOf = q.RepeatOfId is { } id ? ev.FindQuestion(id)?.Text : null,
                    Options = [.. q.OptionsInOrder().Select(o => new OptionTemplate
                    {
                        Text = o.Text,
                        Colour = o.Colour,
                        Translations = Of(o.Translations, text => new OptionTranslationTemplate { Text = text }),
                    })],
                    Translations = Of(q.Translations, t => new QuestionTranslationTemplate
                    {
                        Text = t.Text,
                        ScaleMinLabel = t.ScaleMinLabel,
                        ScaleMaxLabel = t.ScaleMaxLabel,
                    }),
                })],
            })],
        };
    }
}
