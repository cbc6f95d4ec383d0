namespace LivePoll.Domain;

/// <summary>Texts written in the event's first language, with their translations into its other languages.</summary>
public static class Translated
{
    /// <summary>The text as read in <paramref name="language"/>: its translation, or the original where there is none.</summary>
    public static string In(string original, IReadOnlyDictionary<string, string> translations, string? language) =>
        language is not null && translations.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text : original;

    /// <summary>The translations into <paramref name="languages"/> only.</summary>
    public static Dictionary<string, T> Only<T>(IReadOnlyDictionary<string, T> translations, IReadOnlySet<string> languages) =>
        translations.Where(t => languages.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value);
}
