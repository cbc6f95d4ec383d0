using LivePoll.Domain.Events;
using MudBlazor;

namespace LivePoll.Web.Features.Events;

/// <summary>
/// What the organiser sets for the whole event — title, languages, join code, the profile question — as the
/// new-event and settings dialogs edit it. Validated by the same rules as an imported template.
/// </summary>
public sealed class EventSettingsDraft
{
    public string Title { get; set; } = "";

    /// <summary>The title in the event's other languages, by language code.</summary>
    public Dictionary<string, string> TitleTranslations { get; set; } = [];

    /// <summary>The event's languages; the first is the one every text is written in.</summary>
    public List<string> Languages { get; set; } = ["en"];

    /// <summary>A code the organiser chose (new events only; empty: one is generated).</summary>
    public string? Code { get; set; }

    /// <summary>The Chatham House rule (see <see cref="Event.ChathamHouse"/>).</summary>
    public bool ChathamHouse { get; set; }

    /// <summary>How many people are expected in the room (empty: not said).</summary>
    public int? ExpectedAudience { get; set; }

    /// <summary>Seconds each question timer gains per interpreted language (empty: none).</summary>
    public int? InterpretationSeconds { get; set; }

    public bool AsksProfile { get; set; }
    public string ProfileQuestion { get; set; } = "";
    public List<string> ProfileGroups { get; set; } = ["", ""];

    /// <summary>The profile question and its groups (same order) in the other languages.</summary>
    public Dictionary<string, ProfileTranslationDraft> ProfileTranslations { get; set; } = [];

    public IReadOnlyList<string> TranslatedLanguages => [.. Languages.Skip(1)];

    public ProfileTranslationDraft ProfileTranslationFor(string language)
    {
        var translation = ProfileTranslations.TryGetValue(language, out var found) ? found : ProfileTranslations[language] = new();
        while (translation.Groups.Count < ProfileGroups.Count)
        {
            translation.Groups.Add("");
        }
        return translation;
    }

    /// <summary>Makes <paramref name="language"/> the one the texts are written in, instead of the one before (new events only).</summary>
    public void SetOriginalLanguage(string language) =>
        Languages = [language, .. TranslatedLanguages.Where(l => l != language)];

    public void SetTranslatedLanguages(IEnumerable<string> languages) =>
        Languages = [Languages[0], .. languages.Where(l => l != Languages[0]).Distinct()];

    public void AddGroup() => ProfileGroups.Add("");

    public void RemoveGroup(int index)
    {
        ProfileGroups.RemoveAt(index);
        foreach (var translation in ProfileTranslations.Values.Where(t => t.Groups.Count > index))
        {
            translation.Groups.RemoveAt(index);
        }
    }

    /// <summary>The settings as a template (no agenda): what <see cref="EventFactory"/> validates and creates from.</summary>
    public EventTemplate ToTemplate() => new()
    {
        Title = Title,
        Languages = [.. Languages],
        ChathamHouse = ChathamHouse,
        ExpectedAudience = ExpectedAudience,
        InterpretationSeconds = InterpretationSeconds,
        TitleTranslations = TitleTranslations.Where(t => TranslatedLanguages.Contains(t.Key))
            .ToDictionary(t => t.Key, t => (string?)t.Value),
        Profile = AsksProfile
            ? new ProfileTemplate
            {
                Question = ProfileQuestion,
                Groups = [.. ProfileGroups],
                Translations = ProfileTranslations
                    .Where(t => TranslatedLanguages.Contains(t.Key) && !t.Value.IsEmpty)
                    .ToDictionary(t => t.Key, t => (ProfileTranslationTemplate?)new ProfileTranslationTemplate
                    {
                        Question = t.Value.Question,
                        Groups = [.. t.Value.Groups.Take(ProfileGroups.Count)],
                    }),
            }
            : null,
    };

    public static EventSettingsDraft From(Event ev) => new()
    {
        Title = ev.Title,
        TitleTranslations = new(ev.TitleTranslations),
        Languages = [.. ev.Languages],
        Code = ev.Code,
        ChathamHouse = ev.ChathamHouse,
        ExpectedAudience = ev.ExpectedAudience,
        InterpretationSeconds = ev.InterpretationSeconds > 0 ? ev.InterpretationSeconds : null,
        AsksProfile = ev.ProfileQuestion is not null,
        ProfileQuestion = ev.ProfileQuestion ?? "",
        ProfileGroups = ev.ProfileQuestion is null ? ["", ""] : [.. ev.ProfileGroups],
        ProfileTranslations = ev.ProfileTranslations.ToDictionary(
            t => t.Key, t => new ProfileTranslationDraft { Question = t.Value.Question, Groups = [.. t.Value.Groups] }),
    };
}

public sealed class ProfileTranslationDraft
{
    public string Question { get; set; } = "";
    public List<string> Groups { get; set; } = [];

    /// <summary>Nothing typed yet: not translated (rather than half translated).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Question) && Groups.All(string.IsNullOrWhiteSpace);
}

public static class EventSettingsDialogs
{
    /// <summary>Wide enough for the original and its translations side by side; the title field takes the focus itself.</summary>
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Large, FullWidth = true, DefaultFocus = DefaultFocus.None };
}
