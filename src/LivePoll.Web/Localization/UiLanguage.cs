using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace LivePoll.Web.Localization;

/// <summary>The languages LivePoll speaks (interface and event texts): the six official UN languages.</summary>
public static class UiLanguage
{
    public const string Default = "en";

    /// <summary>Remembers the language a person picked, for the phone page and the staff pages alike.</summary>
    public const string CookieName = "livepoll-lang";

    public static readonly IReadOnlyList<string> All = ["en", "fr", "es", "ar", "zh", "ru"];

    public static bool IsSupported([NotNullWhen(true)] string? code) => code is not null && All.Contains(code);

    /// <summary>The language's own name, as a speaker of it looks for it in a list.</summary>
    public static string NativeName(string code) => code switch
    {
        "fr" => "Français",
        "es" => "Español",
        "ar" => "العربية",
        "zh" => "中文",
        "ru" => "Русский",
        _ => "English",
    };

    public static bool IsRightToLeft(string? code) => code == "ar";

    /// <summary>The value of the <c>dir</c> attribute for text in <paramref name="code"/>.</summary>
    public static string Direction(string? code) => IsRightToLeft(code) ? "rtl" : "ltr";

    /// <summary>The supported language of a tag such as "fr-CH" ("fr"), or null.</summary>
    public static string? Normalize(string? tag)
    {
        var primary = tag?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return IsSupported(primary) ? primary : null;
    }

    /// <summary>
    /// The language to use among <paramref name="offered"/>: the one asked for explicitly (query or remembered choice)
    /// when offered, else the first of the browser's Accept-Language preferences that is offered, else the first offered.
    /// </summary>
    public static string Choose(IReadOnlyList<string> offered, string? asked, string? remembered, string? acceptLanguage)
    {
        foreach (var explicitChoice in new[] { asked, remembered })
        {
            if (Normalize(explicitChoice) is { } choice && offered.Contains(choice))
            {
                return choice;
            }
        }
        if (StringWithQualityHeaderValue.TryParseList(acceptLanguage?.Split(','), out var preferences))
        {
            var byPreference = preferences
                .Where(p => (p.Quality ?? 1) > 0)
                .OrderByDescending(p => p.Quality ?? 1)
                .Select(p => Normalize(p.Value.Value))
                .FirstOrDefault(code => code is not null && offered.Contains(code));
            if (byPreference is not null)
            {
                return byPreference;
            }
        }
        return offered.Count > 0 ? offered[0] : Default;
    }

    public static CultureInfo Culture(string code) => CultureInfo.GetCultureInfo(code);
}
