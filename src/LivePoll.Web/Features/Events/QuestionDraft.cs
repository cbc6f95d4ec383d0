using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Events;

/// <summary>The builder's editable copy of a question (new when <see cref="Id"/> is null).</summary>
public sealed class QuestionDraft
{
    public Guid? Id { get; set; }
    public QuestionType Type { get; set; } = QuestionType.SingleChoice;
    public string Text { get; set; } = "";
    public ResultsVisibility Visibility { get; set; } = ResultsVisibility.Live;
    public int? MaxChoices { get; set; }
    public int? ScaleMin { get; set; } = 1;
    public int? ScaleMax { get; set; } = 5;
    public string? ScaleMinLabel { get; set; }
    public string? ScaleMaxLabel { get; set; }
    public int? TimerSeconds { get; set; }

    /// <summary>Open text: each answer counts as one phrase in the word cloud.</summary>
    public bool CountsPhrases { get; set; }
    public List<OptionDraft> Options { get; set; } = [new() { Colour = CardColour.Default(0) }, new() { Colour = CardColour.Default(1) }];

    /// <summary>The wording in the event's other languages, by language code (empty fields: not translated yet).</summary>
    public Dictionary<string, QuestionTranslationDraft> Translations { get; set; } = [];

    /// <summary>The translation fields for <paramref name="language"/>, created empty on first use.</summary>
    public QuestionTranslationDraft TranslationFor(string language) =>
        Translations.TryGetValue(language, out var found) ? found : Translations[language] = new();

    /// <summary>How many texts of <paramref name="language"/> are still empty (the question and each option).</summary>
    public int MissingIn(string language) =>
        (string.IsNullOrWhiteSpace(TranslationFor(language).Text) ? 1 : 0)
        + (Type.HasOptions() ? Options.Count(o => string.IsNullOrWhiteSpace(o.TranslationFor(language))) : 0);

    public static QuestionDraft From(Question q) => new()
    {
        Id = q.Id,
        Type = q.Type,
        Text = q.Text,
        Visibility = q.Visibility,
        MaxChoices = q.MaxChoices,
        ScaleMin = q.ScaleMin ?? 1,
        ScaleMax = q.ScaleMax ?? 5,
        ScaleMinLabel = q.ScaleMinLabel,
        ScaleMaxLabel = q.ScaleMaxLabel,
        TimerSeconds = q.TimerSeconds,
        CountsPhrases = q.CountsPhrases,
        Options = [.. q.OptionsInOrder().Select(o => new OptionDraft { Id = o.Id, Text = o.Text, Colour = o.Colour, Translations = new(o.Translations) })],
        Translations = q.Translations.ToDictionary(t => t.Key, t => new QuestionTranslationDraft
        {
            Text = t.Value.Text,
            ScaleMinLabel = t.Value.ScaleMinLabel,
            ScaleMaxLabel = t.Value.ScaleMaxLabel,
        }),
    };

    public IReadOnlyList<(string Field, string Message)> Validate() =>
    [
        .. QuestionDefinitionRules.Validate(Type, Text, Type.HasOptions() ? [.. Options.Select(o => o.Text)] : [], MaxChoices, ScaleMin, ScaleMax),
        .. Question.ValidateTimer(TimerSeconds) is { } timer ? [("timerSeconds", timer)] : Array.Empty<(string, string)>(),
    ];
}

public sealed class OptionDraft
{
    public Guid? Id { get; set; }
    public string Text { get; set; } = "";
    public string Colour { get; set; } = CardColour.Default(0);

    /// <summary>The option's text in the event's other languages.</summary>
    public Dictionary<string, string> Translations { get; set; } = [];

    public string TranslationFor(string language) => Translations.GetValueOrDefault(language, "");
}

public sealed class QuestionTranslationDraft
{
    public string? Text { get; set; }
    public string? ScaleMinLabel { get; set; }
    public string? ScaleMaxLabel { get; set; }
}
