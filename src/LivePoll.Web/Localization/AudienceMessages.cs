using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace LivePoll.Web.Localization;

/// <summary>
/// Puts the English messages of the services (vote refused, too fast, …) into a phone's language, and hands
/// participant.js its texts. A message with numbers ("Choose at most 2 options.") is matched against the key
/// it was formatted from ("Choose at most {0} options.") and formatted again in the translation.
/// </summary>
public static partial class AudienceMessages
{
    private static readonly ResourceManager Resources = new(typeof(AudienceText).FullName!, typeof(AudienceText).Assembly);

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Key)>> Templates = new(() =>
        [.. Keys().Where(k => k.Contains("{0}", StringComparison.Ordinal)).Select(k => (PatternOf(k), k))]);

    public static string Translate(string message, string? language)
    {
        if (language is null or UiLanguage.Default || !UiLanguage.IsSupported(language))
        {
            return message;
        }
        var culture = UiLanguage.Culture(language);
        if (Resources.GetString(message, culture) is { } translated)
        {
            return translated;
        }
        foreach (var (pattern, key) in Templates.Value)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return string.Format(culture, Resources.GetString(key, culture)!, [.. match.Groups.Values.Skip(1).Select(g => (object)g.Value)]);
            }
        }
        return message;
    }

    /// <summary>The audience text <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Text(string language, string key, params object[] args)
    {
        var culture = UiLanguage.Culture(UiLanguage.IsSupported(language) ? language : UiLanguage.Default);
        return string.Format(culture, Resources.GetString(key, culture) ?? key, args);
    }

    /// <summary>
    /// The texts <paramref name="keys"/> in <paramref name="language"/> as a JSON object (key: the English text) that is
    /// safe inside a script element: &lt;, &gt; and &amp; are escaped. Empty for English, whose texts are the keys.
    /// </summary>
    public static string Json(string language, IEnumerable<string> keys)
    {
        if (language == UiLanguage.Default || !UiLanguage.IsSupported(language))
        {
            return "{}";
        }
        var culture = UiLanguage.Culture(language);
        return JsonSerializer.Serialize(keys.ToDictionary(k => k, k => Resources.GetString(k, culture) ?? k, StringComparer.Ordinal), ScriptJson);
    }

    /// <summary>Letters of every script as they are (half the bytes of \u escapes); HTML's special characters still escaped.</summary>
    private static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static IEnumerable<string> Keys() =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key);

    private static Regex PatternOf(string key) =>
        new($"^{Placeholder().Replace(Regex.Escape(key), "(.+?)")}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    [GeneratedRegex(@"\\\{\d\}")]
    private static partial Regex Placeholder();
}
