using System.Text.RegularExpressions;

namespace LivePoll.IntegrationTests;

/// <summary>Reading the server-rendered phone page like a browser without JavaScript would.</summary>
internal static partial class PhonePage
{
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    /// <summary>A plain HTTP client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Browser(Uri baseAddress) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseAddress };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
