namespace LivePoll.Domain.Questions;

/// <summary>A question's wording in one more event language (the question's own text is in the event's first language).</summary>
public sealed record QuestionTranslation(string Text, string? ScaleMinLabel = null, string? ScaleMaxLabel = null)
{
    /// <summary>This translation, with the original's scale labels where it has none of its own.</summary>
    public QuestionTranslation Over(QuestionTranslation original) =>
        new(Text, ScaleMinLabel ?? original.ScaleMinLabel, ScaleMaxLabel ?? original.ScaleMaxLabel);

    /// <summary>The wording in <paramref name="language"/>: its translation over the original, or the original where there is none.</summary>
    public static QuestionTranslation In(QuestionTranslation original, IReadOnlyDictionary<string, QuestionTranslation>? translations, string? language) =>
        language is not null && translations?.GetValueOrDefault(language) is { } translation ? translation.Over(original) : original;
}
