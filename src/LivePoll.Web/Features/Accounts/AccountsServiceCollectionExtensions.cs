using LivePoll.Web.Localization;
using LivePoll.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using LivePoll.Web.Features.People;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;

namespace LivePoll.Web.Features.Accounts;

internal static class AccountsServiceCollectionExtensions
{
    /// <summary>Policy of /api: a staff member signed in by cookie (the pages) or bearer token (tools).</summary>
    public const string ApiPolicy = "Api";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ConfigureStaffCookie));
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                // a last line behind SignInThrottle, which stops one address after 5 failures: locking an account
                // out takes guesses from several addresses at once
                options.Lockout.MaxFailedAccessAttempts = 20;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LivePollDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddApiEndpoints();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser())
            .AddEventPolicies();
        services.AddScoped<IAuthorizationHandler, EventRightHandler>();
        services.AddScoped<IAuthorizationHandler, CreateEventsHandler>();
        services.AddScoped<AdminAccounts>();
        services.AddSingleton<SignInThrottle>();
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        // Of the identity endpoints only those the app uses: accounts exist by first-run setup, the configured
        // administrator or an invitation — never by registering oneself.
        app.MapGroup("/api/auth").AddEndpointFilter(OnlyUsedIdentityEndpoints).MapIdentityApi<IdentityUser>();
        // The sign-out form carries an antiforgery token; requiring it means no other site can sign staff out.
        app.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign-out refused",
                    detail: "This sign-out did not come from a LivePoll page. Reload the page and sign out again.");
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        });
        return app;
    }

    private static readonly HashSet<string> UsedIdentityEndpoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "/api/auth/login", "/api/auth/refresh", "/api/auth/manage/info", "/api/auth/manage/2fa",
    };

    private static async ValueTask<object?> OnlyUsedIdentityEndpoints(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!UsedIdentityEndpoints.Contains(http.Request.Path.Value ?? ""))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not available",
                detail: "Staff accounts are created by an administrator's invitation; there is no registration or e-mail recovery.");
        }
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is not { } login)
        {
            return await next(context);
        }
        var throttle = http.RequestServices.GetRequiredService<SignInThrottle>();
        var address = http.Connection.RemoteIpAddress;
        if (!throttle.MayTry(address, login.Email))
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts", detail: EnglishText.Of(SignInThrottle.Refused));
        }
        var result = await next(context);
        if ((result is INestedHttpResult nested ? nested.Result : result) is IStatusCodeHttpResult { StatusCode: StatusCodes.Status401Unauthorized })
        {
            throttle.Failed(address, login.Email);
        }
        return result;
    }

    private static void ConfigureStaffCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/denied";
        options.Cookie.Name = "livepoll.staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        // The API answers 401/403 (as problem details), it never redirects to a sign-in page.
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (LivePoll.Web.Infrastructure.ApiServiceCollectionExtensions.IsMachineOrPhonePath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
