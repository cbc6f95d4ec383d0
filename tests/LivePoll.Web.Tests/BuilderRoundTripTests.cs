using System.Text.Json;
using CsCheck;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

/// <summary>
/// Whatever an organiser builds — through the builder's own models, the way its dialogs save — can be exported and
/// imported again, and duplicated, into an equal event: the backup and rehearsal-reset paths never refuse or change it.
/// </summary>
public sealed class BuilderRoundTripTests : StaffPageContext
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefXYZéçñßعربيяжш中文"], 1, 10];
    private static readonly Gen<string> Text = Word.List[1, 4].Select(words => string.Join(' ', words));

    [Fact]
    public async Task Export_then_import_and_duplicate_give_an_equal_event_for_any_built_event()
    {
        var events = Services.GetRequiredService<EventService>();
        await Plans.SampleAsync(async plan =>
        {
            var built = await BuildAsync(events, plan);

            var exported = JsonSerializer.Serialize(built.ToDto(), JsonDefaults.Options);
            var template = JsonSerializer.Deserialize<EventTemplate>(exported, JsonDefaults.Options)!;
            var (imported, errors) = await events.CreateAsync(template, creator: null);
            Assert.True(imported is not null, string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
            var copy = await events.DuplicateAsync(built.Id, creator: null);

            var expected = Canonical(built);
            Assert.Equal(expected, Canonical((await events.GetAsync(imported.Id))!));
            Assert.Equal(expected, Canonical((await events.GetAsync(copy.Id))!, titleOf: built));
        }, iter: 40, threads: 1);
    }

    /// <summary>Creates the event as the new-event dialog does, then adds sessions and questions as their dialogs do.</summary>
    private static async Task<Event> BuildAsync(EventService events, BuildPlan plan)
    {
        var (created, errors) = await events.CreateAsync(plan.Settings.ToTemplate(), creator: null);
        Assert.True(created is not null, string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        foreach (var session in plan.Sessions)
        {
            await events.SaveSessionAsync(created.Id, sessionId: null, session.Title, session.PlannedMinutes, session.TitleTranslations);
            var sessionId = (await events.GetAsync(created.Id))!.Sessions.OrderBy(s => s.Order).Last().Id;
            foreach (var question in session.Questions)
            {
                await events.SaveQuestionAsync(created.Id, sessionId, question);
            }
        }
        if (plan.RepeatFirstQuestion && (await events.GetAsync(created.Id))!.QuestionsInOrder().FirstOrDefault() is { } first)
        {
            await events.CopyQuestionAsync(created.Id, first.Id);
        }
        return (await events.GetAsync(created.Id))!;
    }

    /// <summary>Everything an organiser set, in order, without ids, states or code — as JSON, so a difference shows where it is.</summary>
    private static string Canonical(Event ev, Event? titleOf = null)
    {
        var questions = ev.QuestionsInOrder().ToList();
        return JsonSerializer.Serialize(new
        {
            (titleOf ?? ev).Title,
            TitleTranslations = Sorted(ev.TitleTranslations),
            ev.Languages,
            ev.ProfileQuestion,
            ev.ProfileGroups,
            ProfileTranslations = Sorted(ev.ProfileTranslations),
            Sessions = ev.Sessions.OrderBy(s => s.Order).Select(s => new
            {
                s.Title,
                TitleTranslations = Sorted(s.TitleTranslations),
                s.PlannedMinutes,
                Questions = s.Questions.OrderBy(q => q.Order).Select(q => new
                {
                    q.Type, q.Text, q.Visibility, q.MaxChoices, q.ScaleMin, q.ScaleMax, q.ScaleMinLabel, q.ScaleMaxLabel, q.TimerSeconds,
                    Repeats = q.RepeatOfId is { } id ? questions.FindIndex(o => o.Id == id) : (int?)null,
                    Translations = Sorted(q.Translations),
                    Options = q.OptionsInOrder().Select(o => new { o.Text, o.Colour, Translations = Sorted(o.Translations) }),
                }),
            }),
        }, JsonDefaults.Options);
    }

    private static SortedDictionary<string, T> Sorted<T>(IDictionary<string, T> translations) => new(translations, StringComparer.Ordinal);

    private sealed record SessionPlan(string Title, int PlannedMinutes, Dictionary<string, string> TitleTranslations, List<QuestionDraft> Questions);

    private sealed record BuildPlan(EventSettingsDraft Settings, List<SessionPlan> Sessions, bool RepeatFirstQuestion);

    private static Gen<BuildPlan> Plans =>
        from original in Gen.Int[0, UiLanguage.All.Count - 1].Select(i => UiLanguage.All[i])
        from mask in Gen.Int[0, 15]
        let translated = UiLanguage.All.Where(l => l != original).Where((_, i) => (mask & (1 << i)) != 0).ToList()
        from settings in Settings(original, translated)
        from sessions in Session(translated).List[0, 3]
        from repeat in Gen.Bool
        select new BuildPlan(settings, Unique(sessions), repeat);

    /// <summary>Question texts made distinct: a template names the question a repeat asks again by its text.</summary>
    private static List<SessionPlan> Unique(List<SessionPlan> sessions)
    {
        var n = 0;
        foreach (var question in sessions.SelectMany(s => s.Questions))
        {
            question.Text = $"{question.Text} {++n}";
        }
        return sessions;
    }

    /// <summary>Some of the <paramref name="languages"/>, each with a wording (not every language is translated yet).</summary>
    private static Gen<Dictionary<string, T>> Translations<T>(List<string> languages, Gen<T> wording) =>
        Gen.Select(Gen.Bool.Array[languages.Count], wording.Array[languages.Count],
            (present, wordings) => Enumerable.Range(0, languages.Count).Where(i => present[i]).ToDictionary(i => languages[i], i => wordings[i]));

    private static Gen<EventSettingsDraft> Settings(string original, List<string> translated) =>
        from title in Text
        from titleTranslations in Translations(translated, Text)
        from asksProfile in Gen.Bool
        from profileQuestion in Text
        from groupCount in Gen.Int[2, 4]
        from groups in Word.Array[groupCount]
        from profileTranslations in Translations(translated, Text)
        select new EventSettingsDraft
        {
            Title = title,
            TitleTranslations = titleTranslations,
            Languages = [original, .. translated],
            AsksProfile = asksProfile,
            ProfileQuestion = profileQuestion,
            ProfileGroups = [.. groups.Select((g, i) => $"{g} {i}")],
            ProfileTranslations = profileTranslations.ToDictionary(t => t.Key, t => new ProfileTranslationDraft
            {
                Question = t.Value,
                Groups = [.. groups.Select((g, i) => $"{t.Key} {g} {i}")],
            }),
        };

    private static Gen<SessionPlan> Session(List<string> translated) =>
        from title in Text
        from minutes in Gen.Int[0, 120]
        from titleTranslations in Translations(translated, Text)
        from questions in Question(translated).List[0, 3]
        select new SessionPlan(title, minutes, titleTranslations, questions);

    private static Gen<QuestionDraft> Question(List<string> translated) =>
        from type in Gen.Enum<QuestionType>()
        from text in Text
        from visibility in Gen.Enum<ResultsVisibility>()
        from optionCount in Gen.Int[2, 5]
        from options in Gen.Select(Text, Gen.Int[0, CardColour.Names.Count - 1], Translations(translated, Text)).Array[optionCount]
        from maxChoices in Gen.Int[0, optionCount]
        from scaleMin in Gen.Int[0, 2]
        from scaleSteps in Gen.Int[2, 10]
        from labels in Gen.Select(Text, Text, Gen.Bool)
        from timer in Gen.Int[0, 1]
        from timerSeconds in Gen.Int[Domain.Questions.Question.MinTimerSeconds, 600]
        from wordings in Translations(translated, Gen.Select(Text, Text, Text))
        select new QuestionDraft
        {
            Type = type,
            Text = text,
            Visibility = visibility,
            MaxChoices = type == QuestionType.MultipleChoice && maxChoices > 0 ? maxChoices : null,
            ScaleMin = scaleMin,
            ScaleMax = scaleMin + scaleSteps - 1,
            ScaleMinLabel = labels.Item3 ? labels.Item1[..Math.Min(labels.Item1.Length, Domain.Questions.Question.MaxScaleLabelLength)] : null,
            ScaleMaxLabel = labels.Item3 ? labels.Item2[..Math.Min(labels.Item2.Length, Domain.Questions.Question.MaxScaleLabelLength)] : null,
            TimerSeconds = timer == 1 ? timerSeconds : null,
            Options = [.. options.Select(o => new OptionDraft { Text = o.Item1, Colour = CardColour.Names[o.Item2], Translations = o.Item3 })],
            Translations = wordings.ToDictionary(w => w.Key, w => new QuestionTranslationDraft
            {
                Text = w.Value.Item1,
                ScaleMinLabel = labels.Item3 ? w.Value.Item2[..Math.Min(w.Value.Item2.Length, Domain.Questions.Question.MaxScaleLabelLength)] : null,
                ScaleMaxLabel = labels.Item3 ? w.Value.Item3[..Math.Min(w.Value.Item3.Length, Domain.Questions.Question.MaxScaleLabelLength)] : null,
            }),
        };
}
