using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LivePoll.Domain;

namespace LivePoll.Web.Localization;

/// <summary>
/// Words the audience's texts and the services' refusals (<see cref="Refusal"/>: a text key and its values) in a phone's
/// language, and hands participant.js its texts.
/// </summary>
public static class AudienceMessages
{
    internal static readonly ResourceManager Resources = new(typeof(AudienceText).FullName!, typeof(AudienceText).Assembly);

    /// <summary>A refusal worded in <paramref name="language"/> (English when none or not one of the app's).</summary>
    public static string Text(string? language, Refusal refusal) => Text(language, refusal.Text, refusal.Values);

    /// <summary>The audience text <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Text(string? language, string key, params object[] args)
    {
        var culture = UiLanguage.Culture(UiLanguage.IsSupported(language) ? language : UiLanguage.Default);
        return string.Format(culture, Resources.GetString(key, culture) ?? key, args);
    }

    /// <summary>
    /// The texts <paramref name="keys"/> in <paramref name="language"/> (English when none or not one of the app's) as a
    /// JSON object (key → text) that is safe inside a script element: &lt;, &gt; and &amp; are escaped.
    /// </summary>
    public static string Json(string? language, IEnumerable<string> keys)
    {
        var culture = UiLanguage.Culture(UiLanguage.IsSupported(language) ? language : UiLanguage.Default);
        return JsonSerializer.Serialize(keys.ToDictionary(k => k, k => Resources.GetString(k, culture) ?? k, StringComparer.Ordinal), ScriptJson);
    }

    /// <summary>Letters of every script as they are (half the bytes of \u escapes); HTML's special characters still escaped.</summary>
    private static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
