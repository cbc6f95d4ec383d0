using LivePoll.Web.Features.Accounts;
using Microsoft.AspNetCore.Localization;

namespace LivePoll.Web.Localization;

/// <summary>
/// Staff pages speak the language picked in the menu (remembered in a cookie), else the browser's; the phone page
/// chooses among the event's languages itself (<see cref="UiLanguage.Choose"/>).
/// </summary>
internal static class LocalizationSetup
{
    public static IServiceCollection AddUiLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiLanguage.All.Select(UiLanguage.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiLanguage.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CustomRequestCultureProvider(http => Task.FromResult(
                    UiLanguage.Normalize(http.Request.Cookies[UiLanguage.CookieName]) is { } remembered ? new ProviderCultureResult(remembered) : null)),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>GET /language?lang=fr&amp;returnUrl=…: remembers the choice and goes back (only to a page of this app).</summary>
    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet("/language", (string? lang, string? returnUrl, HttpContext http) =>
        {
            if (UiLanguage.Normalize(lang) is { } language)
            {
                Remember(http, language);
            }
            return Results.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
        });
        return app;
    }

    public static void Remember(HttpContext http, string language) =>
        http.Response.Cookies.Append(UiLanguage.CookieName, language, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
        });
}
