using LivePoll.Domain;
using LivePoll.Domain.Events;
using LivePoll.Domain.Participants;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Features.Events;

/// <summary>Builds a new event from a template, or reports every field at fault (keys like <c>sessions[0].questions[1].text</c>).</summary>
internal static class EventFactory
{
    public const int MaxSessions = 50;
    public const int MaxQuestionsPerSession = 50;

    public static readonly IReadOnlySet<string> SupportedLanguages = new HashSet<string>(UiLanguage.All, StringComparer.Ordinal);

    public static Event? TryCreate(EventTemplate template, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        var found = new List<(string Field, string Message)>();
        var title = template.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            found.Add(("title", "EnterATitle"));
        }
        else if (title.Length > Event.MaxTitleLength)
        {
            found.Add(("title", $"The title must be at most {Event.MaxTitleLength} characters."));
        }
        var languages = template.Languages is { Count: > 0 } given ? given : ["en"];
        if (languages.Any(l => !SupportedLanguages.Contains(l)) || languages.Distinct().Count() != languages.Count)
        {
            found.Add(("languages", "LanguagesMustDistinctCodesAmongEnFr"));
        }
        if (template.ExpectedAudience is < 1 or > Event.MaxExpectedAudience)
        {
            found.Add(("expectedAudience", "TheExpectedAudienceNumberPeopleFrom"));
        }
        if (template.InterpretationSeconds is < 0 or > Event.MaxInterpretationSeconds)
        {
            found.Add(("interpretationSeconds", "TheInterpretationAllowanceFrom0120"));
        }

        var ev = new Event
        {
            Title = title ?? "",
            TitleTranslations = TitleTranslations(template.TitleTranslations, "titleTranslations", [.. languages.Skip(1)], Event.MaxTitleLength, found),
            Languages = [.. languages],
            ChathamHouse = template.ChathamHouse ?? false,
            ExpectedAudience = template.ExpectedAudience,
            InterpretationSeconds = template.InterpretationSeconds ?? 0,
            CreatedAt = now,
        };
        // A null entry (e.g. "sessions": [null]) is reported as an empty one, never dereferenced.
        var sessions = (template.Sessions ?? []).Select(s => s ?? new SessionTemplate()).ToList();
        if (sessions.Count > MaxSessions || sessions.Any(s => s?.Questions?.Count > MaxQuestionsPerSession))
        {
            found.Add(("sessions", $"An event has at most {MaxSessions} sessions of at most {MaxQuestionsPerSession} questions."));
            sessions = [];
        }
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = CreateSession(sessions[s], $"sessions[{s}]", languages.Skip(1).ToList(), found);
            session.EventId = ev.Id;
            session.Order = s;
            ev.Sessions.Add(session);
        }

        LinkRepeats(ev, sessions, found);
        SetProfile(ev, template.Profile, found);
        AddProfileTranslations(ev, template.Profile, [.. languages.Skip(1)], found);
        MergeWords(ev, template.MergedWords, found);

        errors = found.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return errors.Count == 0 ? ev : null;
    }

    /// <summary>Each entry (head word → the other words) is merged as the moderator's console would merge it.</summary>
    private static void MergeWords(Event ev, Dictionary<string, List<string>?>? merges, List<(string, string)> found)
    {
        foreach (var (head, others) in merges ?? [])
        {
            try
            {
                WordMerges.Merge(ev.MergedWords, [head, .. (others ?? []).Select(w => w ?? "")]);
            }
            catch (DomainRuleException rule)
            {
                found.Add(($"mergedWords.{head}", rule.Message));
            }
        }
    }

    /// <summary>A question with <c>repeatOf</c> asks again the earlier question of that text.</summary>
    private static void LinkRepeats(Event ev, List<SessionTemplate> sessions, List<(string, string)> found)
    {
        var asked = new List<Question>();
        for (var s = 0; s < ev.Sessions.Count; s++)
        {
            for (var q = 0; q < ev.Sessions[s].Questions.Count; q++)
            {
                var question = ev.Sessions[s].Questions[q];
                if (sessions[s].Questions?[q]?.RepeatOf?.Trim() is { Length: > 0 } repeated)
                {
                    var original = asked.FirstOrDefault(a => a.Text == repeated && a.Type == question.Type);
                    if (original is null)
                    {
                        found.Add(($"sessions[{s}].questions[{q}].repeatOf", "No earlier question of the same type has this text."));
                    }
                    question.RepeatOfId = original?.Id;
                }
                asked.Add(question);
            }
        }
    }

    private static void SetProfile(Event ev, ProfileTemplate? profile, List<(string, string)> found)
    {
        if (profile is null || string.IsNullOrWhiteSpace(profile.Question))
        {
            return;
        }
        var groups = (profile.Groups ?? []).Select(g => g?.Trim() ?? "").ToList();
        if (profile.Question.Trim().Length > Event.MaxTitleLength)
        {
            found.Add(("profile.question", $"The profile question must be at most {Event.MaxTitleLength} characters."));
        }
        if (groups.Count is < 2 or > Question.MaxOptions || groups.Any(g => g.Length is 0 or > Participant.MaxGroupLength)
            || groups.Distinct(StringComparer.Ordinal).Count() != groups.Count)
        {
            found.Add(("profile.groups", $"Give 2 to {Question.MaxOptions} distinct groups of 1 to {Participant.MaxGroupLength} characters."));
        }
        ev.ProfileQuestion = profile.Question.Trim();
        ev.ProfileGroups = groups;
    }

    private static void AddProfileTranslations(Event ev, ProfileTemplate? profile, List<string> translated, List<(string, string)> found)
    {
        if (ev.ProfileQuestion is null)
        {
            return;
        }
        foreach (var (language, translation) in profile?.Translations ?? [])
        {
            var question = translation?.Question?.Trim();
            var groups = (translation?.Groups ?? []).Select(g => g?.Trim() ?? "").ToList();
            if (!translated.Contains(language) || string.IsNullOrEmpty(question) || question.Length > Event.MaxTitleLength
                || groups.Count != ev.ProfileGroups.Count || groups.Any(g => g.Length is 0 or > Participant.MaxGroupLength))
            {
                found.Add(($"profile.translations.{language}",
                    $"Give the question and all {ev.ProfileGroups.Count} groups, in order, in one of the event's other languages: {LanguageList(translated)}."));
                continue;
            }
            ev.ProfileTranslations[language] = new(question, groups);
        }
    }

    private static AgendaSession CreateSession(SessionTemplate template, string path, List<string> translated, List<(string, string)> found)
    {
        var title = template.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > AgendaSession.MaxTitleLength)
        {
            found.Add(($"{path}.title", $"Enter a session title of at most {AgendaSession.MaxTitleLength} characters."));
        }
        if (template.PlannedMinutes is < 0 or > 24 * 60)
        {
            found.Add(($"{path}.plannedMinutes", "Planned minutes must be between 0 and 1440."));
        }
        var session = new AgendaSession
        {
            Title = title ?? "",
            TitleTranslations = TitleTranslations(template.TitleTranslations, $"{path}.titleTranslations", translated, AgendaSession.MaxTitleLength, found),
            PlannedMinutes = template.PlannedMinutes ?? 0,
        };
        var questions = (template.Questions ?? []).Select(q => q ?? new QuestionTemplate()).ToList();
        for (var q = 0; q < questions.Count; q++)
        {
            var question = CreateQuestion(questions[q], $"{path}.questions[{q}]", found);
            AddTranslations(question, questions[q], $"{path}.questions[{q}]", translated, found);
            question.SessionId = session.Id;
            question.Order = q;
            session.Questions.Add(question);
        }
        return session;
    }

    /// <summary>Translations are keyed by the event's other languages (not its first, which the texts are written in).</summary>
    private static void AddTranslations(Question question, QuestionTemplate template, string path, List<string> translated, List<(string, string)> found)
    {
        foreach (var (language, translation) in template.Translations ?? [])
        {
            var text = translation?.Text?.Trim();
            if (!translated.Contains(language))
            {
                found.Add(($"{path}.translations.{language}", $"Translations are for the event's other languages: {LanguageList(translated)}."));
            }
            else if (string.IsNullOrEmpty(text) || text.Length > Question.MaxTextLength)
            {
                found.Add(($"{path}.translations.{language}.text", $"Enter a translated text of at most {Question.MaxTextLength} characters."));
            }
            else
            {
                question.Translations[language] = new(text, ScaleLabel(translation!.ScaleMinLabel, question), ScaleLabel(translation.ScaleMaxLabel, question));
            }
        }
        var options = template.Options ?? [];
        for (var i = 0; i < Math.Min(options.Count, question.Options.Count); i++)
        {
            foreach (var (language, translation) in options[i]?.Translations ?? [])
            {
                var text = translation?.Text?.Trim();
                if (!translated.Contains(language) || string.IsNullOrEmpty(text) || text.Length > QuestionOption.MaxTextLength)
                {
                    found.Add(($"{path}.options[{i}].translations.{language}",
                        $"Give a text of at most {QuestionOption.MaxTextLength} characters in one of the event's other languages: {LanguageList(translated)}."));
                    continue;
                }
                question.Options[i].Translations[language] = text;
            }
        }
    }

    /// <summary>A title's translations: keyed by the event's other languages; empty ones are left out (not translated yet).</summary>
    private static Dictionary<string, string> TitleTranslations(
        Dictionary<string, string?>? given, string path, List<string> translated, int maxLength, List<(string, string)> found)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, text) in given ?? [])
        {
            var trimmed = text?.Trim() ?? "";
            if (!translated.Contains(language) || trimmed.Length > maxLength)
            {
                found.Add(($"{path}.{language}", $"Give a title of at most {maxLength} characters in one of the event's other languages: {LanguageList(translated)}."));
            }
            else if (trimmed.Length > 0)
            {
                kept[language] = trimmed;
            }
        }
        return kept;
    }

    private static string LanguageList(List<string> languages) => languages.Count == 0 ? "none" : string.Join(", ", languages);

    private static string? ScaleLabel(string? label, Question question) =>
        question.Type == QuestionType.Scale && ScaleLabel(label) is { } trimmed ? trimmed[..Math.Min(trimmed.Length, Question.MaxScaleLabelLength)] : null;

    private static string? ScaleLabel(string? label) => string.IsNullOrWhiteSpace(label) ? null : label.Trim();

    private static Question CreateQuestion(QuestionTemplate template, string path, List<(string, string)> found)
    {
        if (template.Type is not { } type || !Enum.IsDefined(type))
        {
            found.Add(($"{path}.type", "Choose a question type: SingleChoice, MultipleChoice, Scale, OpenText or Ranking."));
            type = QuestionType.SingleChoice;
        }
        var options = (template.Options ?? []).Select(o => o ?? new OptionTemplate()).ToList();
        foreach (var (field, message) in QuestionDefinitionRules.Validate(
            type, template.Text, [.. options.Select(o => o.Text)], template.MaxChoices, template.ScaleMin, template.ScaleMax))
        {
            found.Add(($"{path}.{field}", message));
        }
        if (Question.ValidateTimer(template.TimerSeconds) is { } timerError)
        {
            found.Add(($"{path}.timerSeconds", timerError));
        }
        foreach (var (field, label) in new[] { ("scaleMinLabel", template.ScaleMinLabel), ("scaleMaxLabel", template.ScaleMaxLabel) })
        {
            if (label?.Trim().Length > Question.MaxScaleLabelLength)
            {
                found.Add(($"{path}.{field}", $"A scale label must be at most {Question.MaxScaleLabelLength} characters."));
            }
        }
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Colour is { } colour && !CardColour.IsKnown(colour))
            {
                found.Add(($"{path}.options[{i}].colour", $"Colour must be one of {string.Join(", ", CardColour.Names)}."));
            }
        }

        var question = new Question
        {
            Type = type,
            Text = template.Text?.Trim() ?? "",
            Visibility = template.Visibility ?? ResultsVisibility.Live,
            MaxChoices = Question.ChoiceLimit(type, template.MaxChoices, options.Count),
            ScaleMin = type == QuestionType.Scale ? template.ScaleMin ?? 1 : null,
            ScaleMax = type == QuestionType.Scale ? template.ScaleMax ?? 5 : null,
            ScaleMinLabel = type == QuestionType.Scale ? ScaleLabel(template.ScaleMinLabel) : null,
            ScaleMaxLabel = type == QuestionType.Scale ? ScaleLabel(template.ScaleMaxLabel) : null,
            TimerSeconds = template.TimerSeconds,
            CountsPhrases = type == QuestionType.OpenText && template.CountsPhrases == true,
        };
        question.Options.AddRange(options.Select((o, i) => new QuestionOption
        {
            QuestionId = question.Id,
            Order = i,
            Text = o.Text?.Trim() ?? "",
            Colour = CardColour.IsKnown(o.Colour) ? o.Colour! : CardColour.Default(i),
        }));
        return question;
    }
}
