using System.Globalization;
using LivePoll.Domain;
using LivePoll.Web.Localization;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LivePoll.Web.Features.Voting;

/// <summary>
/// Renders the phone page in the participant's language: <c>?lang=</c> (then remembered), else the remembered choice,
/// else the first event language the browser accepts, else the event's first language.
/// </summary>
internal sealed class PhonePage(HttpContext http, IAntiforgery antiforgery, string code)
{
    /// <summary>The language asked for in the address or remembered from an earlier visit, if any.</summary>
    public string? RememberedLanguage =>
        UiLanguage.Normalize(http.Request.Query["lang"]) ?? UiLanguage.Normalize(http.Request.Cookies[UiLanguage.CookieName]);

    /// <param name="refusal">Why the request was refused (shown as an error), or null.</param>
    /// <param name="confirmation">An audience text confirming what was done ("Vote recorded ✓"), or null.</param>
    public async Task<IResult> RenderAsync(LiveEvent? live, PhoneView? view, Refusal? refusal, int statusCode, string? confirmation = null)
    {
        var offered = live?.Snapshot.Languages is { Count: > 0 } languages ? languages : UiLanguage.All;
        var language = UiLanguage.Choose(offered, http.Request.Query["lang"], http.Request.Cookies[UiLanguage.CookieName], http.Request.Headers.AcceptLanguage);
        if (UiLanguage.Normalize(http.Request.Query["lang"]) == language)
        {
            LocalizationSetup.Remember(http, language);
        }
        var tokens = antiforgery.GetAndStoreTokens(http);
        // The culture is set here, around the rendering itself, so that every text of the page is in this language.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = UiLanguage.Culture(language);
        await new RazorComponentResult<ParticipantPage>(new Dictionary<string, object?>
        {
            [nameof(ParticipantPage.Code)] = code,
            [nameof(ParticipantPage.View)] = view?.In(language),
            [nameof(ParticipantPage.Status)] = refusal is not null ? AudienceMessages.Text(language, refusal) : confirmation is null ? null : AudienceMessages.Text(language, confirmation),
            [nameof(ParticipantPage.Language)] = language,
            [nameof(ParticipantPage.Languages)] = offered,
            [nameof(ParticipantPage.StatusIsError)] = statusCode >= StatusCodes.Status400BadRequest,
            [nameof(ParticipantPage.ProfileAnswered)] = http.Request.Cookies.ContainsKey(ProfileSection.CookieName(code)),
            [nameof(ParticipantPage.AntiforgeryFieldName)] = tokens.FormFieldName,
            [nameof(ParticipantPage.AntiforgeryToken)] = tokens.RequestToken,
        })
        { StatusCode = statusCode }.ExecuteAsync(http);
        return Results.Empty;
    }
}
