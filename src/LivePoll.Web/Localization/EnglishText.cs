using System.Globalization;
using System.Resources;
using LivePoll.Domain;

namespace LivePoll.Web.Localization;

/// <summary>
/// Texts in English for callers that asked for no language: the API's problem details and the hub's error field. A key
/// is looked up among the staff texts, then the audience texts.
/// </summary>
public static class EnglishText
{
    private static readonly CultureInfo English = UiLanguage.Culture(UiLanguage.Default);
    private static readonly ResourceManager[] Resources =
    [
        new(typeof(StaffText).FullName!, typeof(StaffText).Assembly),
        AudienceMessages.Resources,
    ];

    public static string Of(Refusal refusal) => Of(refusal.Text, refusal.Values);

    /// <summary>
    /// The English text of <paramref name="key"/>, formatted with <paramref name="values"/> when there are any (as
    /// IStringLocalizer does); a message that is not a key comes back as it is, braces and all.
    /// </summary>
    public static string Of(string key, params object[] values)
    {
        var text = Resources.Select(r => r.GetString(key, English)).FirstOrDefault(t => t is not null) ?? key;
        return values.Length == 0 ? text : string.Format(English, text, values);
    }

    /// <summary>Validation errors (field → text keys) worded in English.</summary>
    public static Dictionary<string, string[]> Of(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(key => Of(key)).ToArray());
}
