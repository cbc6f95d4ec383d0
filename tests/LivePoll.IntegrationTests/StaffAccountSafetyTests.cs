using System.Net;
using System.Net.Http.Json;
using LivePoll.Testing;
using Microsoft.AspNetCore.Hosting;

namespace LivePoll.IntegrationTests;

/// <summary>Staff stay signed in across a restart of the app (the keys live beside the database, not in the user's home).</summary>
[Collection(ProcessStartingTests.Name)]
public sealed class RestartKeepsSignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [SqliteOnlyFact("the app process runs on its own SQLite file on either pass, and the keys are files beside it")]
    public async Task A_staff_cookie_still_works_after_the_app_restarts_with_another_home_directory()
    {
        var folder = Directory.CreateTempSubdirectory("livepoll-restart-");
        try
        {
            var database = Path.Combine(folder.FullName, "livepoll.db");
            var cookies = new CookieContainer();
            using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
            using var browser = new HttpClient(handler);

            await using (var first = await AppProcess.StartAsync(database, Ct, Home(folder, "first")))
            {
                using var login = await browser.PostAsJsonAsync(new Uri(first.BaseAddress, "/api/auth/login?useCookies=true"),
                    new { email = LivePollAppFactory.AdminEmail, password = LivePollAppFactory.AdminPassword }, Ct);
                login.EnsureSuccessStatusCode();
                Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(first.BaseAddress, "/events"), Ct)).StatusCode);
                Assert.Equal(0, await first.TerminateAsync(Ct));
            }
            await using var second = await AppProcess.StartAsync(database, Ct, Home(folder, "second"));
            using var again = await browser.GetAsync(new Uri(second.BaseAddress, "/events"), Ct);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode); // not a redirect to the sign-in page
            Assert.True(Directory.EnumerateFiles(Path.Combine(folder.FullName, "livepoll-keys"), "key-*.xml").Any());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> Home(DirectoryInfo folder, string name) =>
        new() { ["HOME"] = Directory.CreateDirectory(Path.Combine(folder.FullName, name)).FullName };
}

/// <summary>With LivePoll:RequireHttps, plain HTTP is redirected to HTTPS.</summary>
public sealed class RequireHttpsTests() : AppTestBase(new LivePollAppFactory
{
    Customize = builder => builder.UseSetting("LivePoll:RequireHttps", "true"),
})
{
    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        using var browser = PhonePage.Browser(App.BaseAddress);
        using var response = await browser.GetAsync("/j/GFMD18", Ct);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
        Assert.Equal("/j/GFMD18", response.Headers.Location?.AbsolutePath);
    }
}
