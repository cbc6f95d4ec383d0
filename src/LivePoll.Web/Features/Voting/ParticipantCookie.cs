namespace LivePoll.Web.Features.Voting;

/// <summary>The phone's token in a cookie, so a page without JavaScript votes as the same participant.</summary>
internal static class ParticipantCookie
{
    public static string Name(string code) => $"lp_{code}";

    public static CookieOptions Options(HttpRequest request) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(30),
        Path = "/",
    };
}
