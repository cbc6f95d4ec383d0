using System.Net;
using System.Net.Http.Json;
using LivePoll.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.IntegrationTests;

/// <summary>Nothing anonymous creates a staff account: every registration-like identity endpoint is gone.</summary>
public sealed class ClosedRegistrationTests : AppTestBase
{
    [Theory]
    [InlineData("POST", "/api/auth/register", """{"email":"intruder@example.org","password":"Intruder-Passw0rd!"}""")]
    [InlineData("POST", "/api/auth/forgotPassword", """{"email":"admin@livepoll.test"}""")]
    [InlineData("POST", "/api/auth/resetPassword", """{"email":"admin@livepoll.test","resetCode":"x","newPassword":"Intruder-Passw0rd!"}""")]
    [InlineData("POST", "/api/auth/resendConfirmationEmail", """{"email":"intruder@example.org"}""")]
    [InlineData("GET", "/api/auth/confirmEmail?userId=x&code=y", null)]
    public async Task A_registration_like_request_is_refused_and_creates_nothing(string method, string path, string? body)
    {
        var before = await AccountsAsync();
        using var anonymous = App.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("invitation", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await AccountsAsync());
        using var intruder = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "intruder@example.org", password = "Intruder-Passw0rd!" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, intruder.StatusCode);
    }

    private async Task<int> AccountsAsync()
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users.Count();
    }
}

/// <summary>
/// Sign-in behind the configured proxy (this machine's loopback address): the address a guess comes from is the one the
/// proxy forwards, an address that guesses wrong five times is stopped, and the owner elsewhere still signs in.
/// </summary>
public sealed class SignInThrottleTests() : AppTestBase(new LivePollAppFactory { Customize = Behind(["127.0.0.1", "::1"]) })
{
    [Fact]
    public async Task Five_wrong_passwords_stop_that_address_but_not_the_owner_elsewhere()
    {
        using var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await LoginAsync(client, "203.0.113.7", $"Wrong-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using (var refused = await LoginAsync(client, "203.0.113.7", LivePollAppFactory.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode); // even the right password, from there
            Assert.Contains("wait a few minutes", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        using var owner = await LoginAsync(client, "198.51.100.20", LivePollAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task One_address_gets_twenty_attempts_a_minute_whatever_the_accounts()
    {
        using var client = App.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            using var attempt = await LoginAsync(client, "203.0.113.8", "Wrong", email: $"guess{i}@example.org");
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }
        using var refused = await LoginAsync(client, "203.0.113.8", LivePollAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        using var other = await LoginAsync(client, "203.0.113.9", LivePollAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Over_https_at_the_proxy_the_staff_cookie_is_secure()
    {
        using var client = App.CreateClient(new() { HandleCookies = false, BaseAddress = App.BaseAddress });

        using var response = await CookieLoginAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("livepoll.staff=", StringComparison.Ordinal) && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_sign_in_page_speaks_arabic_for_a_missing_field_and_for_an_address_that_guessed_too_often()
    {
        using var browser = PhonePage.Browser(App.BaseAddress);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.30");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");

        var empty = await PostLoginPageAsync(browser, "", "");
        Assert.Contains("أدخل بريدك الإلكتروني.", empty, StringComparison.Ordinal);
        Assert.Contains("أدخل كلمة المرور.", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter your e-mail.", empty, StringComparison.Ordinal);

        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("البريد الإلكتروني أو كلمة المرور غير صحيحة", await PostLoginPageAsync(browser, LivePollAppFactory.AdminEmail, $"Wrong-{i}"), StringComparison.Ordinal);
        }
        Assert.Contains("محاولات تسجيل دخول كثيرة من هنا", await PostLoginPageAsync(browser, LivePollAppFactory.AdminEmail, LivePollAppFactory.AdminPassword), StringComparison.Ordinal);
    }

    /// <summary>Fills in and sends the sign-in form as a browser without script does; returns the page that comes back.</summary>
    private static async Task<string> PostLoginPageAsync(HttpClient browser, string email, string password)
    {
        var page = await browser.GetStringAsync("/account/login", Ct);
        using var sent = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = PhonePage.AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), Ct);
        return WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync(Ct));
    }

    internal static Action<IWebHostBuilder> Behind(string[] proxies, int attemptsPerMinute = 20) => builder =>
    {
        for (var i = 0; i < proxies.Length; i++)
        {
            builder.UseSetting($"LivePoll:Proxy:KnownProxies:{i}", proxies[i]);
        }
        builder.UseSetting("LivePoll:SignInLimits:AttemptsPerMinutePerAddress", attemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    };

    /// <summary>A cookie sign-in said to come over HTTPS from 198.51.100.21.</summary>
    internal static Task<HttpResponseMessage> CookieLoginAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login?useCookies=true")
        {
            Content = JsonContent.Create(new { email = LivePollAppFactory.AdminEmail, password = LivePollAppFactory.AdminPassword }),
        };
        request.Headers.Add("X-Forwarded-For", "198.51.100.21");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return client.SendAsync(request, Ct);
    }

    internal static Task<HttpResponseMessage> LoginAsync(HttpClient client, string forwardedFor, string password, string email = LivePollAppFactory.AdminEmail)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request, Ct);
    }
}

/// <summary>Forwarded headers from a source that is not a configured proxy are ignored: a guesser cannot pose as many addresses.</summary>
public sealed class UnknownProxyTests() : AppTestBase(new LivePollAppFactory { Customize = SignInThrottleTests.Behind(["10.9.9.9"]) })
{
    [SqliteOnlyFact("forwarded headers are handled before any database is asked")]
    public async Task Forwarded_addresses_and_scheme_from_an_unknown_source_change_nothing()
    {
        using var client = App.CreateClient(new() { HandleCookies = false, BaseAddress = App.BaseAddress });
        using (var plain = await SignInThrottleTests.CookieLoginAsync(client))
        {
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.DoesNotContain(plain.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase)); // plain HTTP, whatever it says
        }
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignInThrottleTests.LoginAsync(client, $"203.0.113.{i + 10}", $"Wrong-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        // five "different" addresses were one: the real one, now stopped for this account
        using var refused = await SignInThrottleTests.LoginAsync(client, "198.51.100.22", LivePollAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}

/// <summary>A mistyped setting stops the start with a message naming the key, rather than running half configured.</summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("LivePoll:Proxy:KnownProxies:0", "nginx", "LivePoll:Proxy:KnownProxies")]
    [InlineData("LivePoll:Proxy:KnownNetworks:0", "172.16.0.0/99", "LivePoll:Proxy:KnownNetworks")]
    [InlineData("LivePoll:SignInLimits:AttemptsPerMinutePerAddress", "0", "LivePoll:SignInLimits")]
    [InlineData("LivePoll:IdleEventMinutes", "0", "LivePoll:IdleEventMinutes")]
    public async Task A_bad_setting_stops_the_start_and_names_its_key(string key, string value, string named)
    {
        await using var app = new LivePollAppFactory { Customize = builder => builder.UseSetting(key, value) };

        var error = Record.Exception(() => app.Start());

        Assert.NotNull(error);
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
