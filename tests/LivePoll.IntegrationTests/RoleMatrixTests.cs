using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Access;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

/// <summary>
/// The whole role matrix (README "Roles"): every staff API endpoint and page × anonymous, each role of the event,
/// the organiser of another event and an administrator. Refused calls answer 401/403 (pages: a redirect to sign-in
/// or to "no access") and change nothing; allowed calls get past authorization. People join through real invitations.
/// </summary>
public sealed class RoleMatrixTests : AppTestBase
{
    private const string Password = "Role-Passw0rd!";

    /// <param name="CreatesEvents">Allowed to administrators and to whoever organises some event.</param>
    private sealed record Call(string Method, string Path, EventRight? Right, object? Body = null, bool AdminOnly = false, bool CreatesEvents = false)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    /// <summary>The matrix as README writes it, kept apart from the code under test on purpose.</summary>
    private static readonly Dictionary<EventRole, EventRight[]> Matrix = new()
    {
        [EventRole.Organiser] = [EventRight.View, EventRight.Build, EventRight.Moderate, EventRight.Report, EventRight.ManagePeople, EventRight.Booth],
        [EventRole.Moderator] = [EventRight.View, EventRight.Moderate, EventRight.Booth],
        [EventRole.Rapporteur] = [EventRight.View, EventRight.Report, EventRight.Booth],
        [EventRole.Interpreter] = [EventRight.Booth],
    };

    private sealed record Person(string Name, HttpClient Api, HttpClient? Pages, EventRole? RoleInA, bool Admin = false)
    {
        public bool May(Call call) => Admin || (!call.AdminOnly && (call.CreatesEvents ? OrganisesAnEvent
            : call.Right is not { } right || (RoleInA is { } role && Matrix[role].Contains(right))));

        public bool OrganisesAnEvent => RoleInA == EventRole.Organiser || Name == "other-organiser";
    }

    [Fact]
    public async Task Every_endpoint_and_page_allows_exactly_the_roles_of_the_matrix_and_refusals_change_nothing()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var a = await CreateYesNoEventAsync(admin, "Event A");
        var b = await CreateYesNoEventAsync(admin, "Event B");
        var question = a.Sessions[0].Questions[0];
        await using var phone = await PhoneAsync();
        await phone.JoinAsync(a.Code, cancellationToken: Ct);
        var asked = await phone.AskAsync("Who pays?");

        var people = new List<Person>
        {
            new("anonymous", App.CreateClient(), PhonePage.Browser(App.BaseAddress), null),
            new("administrator", admin, await CookieBrowserAsync(LivePollAppFactory.AdminEmail, LivePollAppFactory.AdminPassword), null, Admin: true),
        };
        foreach (var (name, ev, role) in new[] { ("organiser", a, EventRole.Organiser), ("moderator", a, EventRole.Moderator), ("rapporteur", a, EventRole.Rapporteur), ("interpreter", a, EventRole.Interpreter), ("other-organiser", b, EventRole.Organiser) })
        {
            var email = $"{name}@livepoll.test";
            var pages = await AcceptInvitationAsync(admin, ev, email, role);
            var api = await LivePollAppFactory.SignInAsync(App.CreateClient(), Ct, email, Password);
            people.Add(new Person(name, api, pages, ev == a ? role : null));
        }

        var q = $"/api/events/{a.Id}/questions/{question.Id}";
        Call[] calls =
        [
            new("GET", "/api/events", null),
            new("POST", "/api/events", null, new { title = "Created by the caller" }, CreatesEvents: true),
            new("GET", $"/api/events/{a.Id}", EventRight.View),
            new("GET", $"/api/events/{a.Id}/results", EventRight.View),
            new("GET", $"/api/events/{a.Id}/qna", EventRight.View),
            new("GET", $"/api/events/{a.Id}/cards/changes", EventRight.View),
            new("POST", $"/api/events/{a.Id}/duplicate", EventRight.Build),
            new("POST", $"{q}/open", EventRight.Moderate),
            new("PUT", $"{q}/cards", EventRight.Moderate, new { counts = new[] { new { optionId = question.Options[0].Id, count = 3 } } }),
            new("POST", $"{q}/reveal", EventRight.Moderate),
            new("POST", $"{q}/hide", EventRight.Moderate),
            new("POST", $"{q}/close", EventRight.Moderate),
            new("POST", $"{q}/copy", EventRight.Moderate),
            new("POST", $"/api/events/{a.Id}/sessions/{a.Sessions[0].Id}/start", EventRight.Moderate),
            new("POST", $"/api/events/{a.Id}/qna/{asked.Id}/approve", EventRight.Moderate),
            new("POST", $"/api/events/{a.Id}/qna/{asked.Id}/pin", EventRight.Moderate),
            new("GET", $"/api/events/{a.Id}/rehearsal", EventRight.Moderate),
            new("POST", $"/api/events/{a.Id}/rehearsal", EventRight.Moderate, new { phones = 0 }),
            new("DELETE", $"/api/events/{a.Id}/rehearsal", EventRight.Moderate),
            new("POST", $"/api/events/{a.Id}/golive", EventRight.Moderate),
            new("GET", $"/api/events/{a.Id}/export/json", EventRight.Report),
            new("GET", $"/api/events/{a.Id}/export/csv", EventRight.Report),
            new("GET", $"/api/events/{a.Id}/export/xlsx", EventRight.Report),
            new("GET", $"/api/events/{a.Id}/export/docx", EventRight.Report),
            new("GET", $"/api/events/{a.Id}/booth-script/html", EventRight.Booth),
            new("GET", $"/api/events/{a.Id}/booth-script/docx", EventRight.Booth),
            new("GET", $"/api/events/{a.Id}/words/merges", EventRight.View),
            new("POST", $"/api/events/{a.Id}/words/merge", EventRight.Moderate, new { words = new[] { "funding", "financement" } }),
            new("DELETE", $"/api/events/{a.Id}/words/merges/funding", EventRight.Moderate),
            new("GET", $"/api/events/{a.Id}/people", EventRight.ManagePeople),
            new("GET", $"/api/events/{a.Id}/audit", EventRight.ManagePeople),
            new("POST", $"/api/events/{a.Id}/people/invitations", EventRight.ManagePeople, new { email = "guest@livepoll.test", role = "Rapporteur" }),
            new("DELETE", $"/api/events/{a.Id}/people/{Guid.NewGuid()}", EventRight.ManagePeople),
            new("GET", "/api/runtime", null, AdminOnly: true),
        ];

        // 1. Refusals first, while everything is as set up: each must be 401/403 and leave the event as it was.
        var before = await StateAsync(admin, a);
        foreach (var person in people)
        {
            foreach (var call in calls.Where(c => !person.May(c)))
            {
                using var response = await SendAsync(person.Api, call);
                var expected = person.Name == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                Assert.True(response.StatusCode == expected, $"{person.Name}: {call} gave {(int)response.StatusCode}, expected {(int)expected}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        Assert.Equal(before, await StateAsync(admin, a));

        // 2. Everything the matrix allows gets past authorization (a rule of the event may still refuse it: 404/409).
        foreach (var person in people.Where(p => p.Name != "anonymous"))
        {
            foreach (var call in calls.Where(person.May))
            {
                using var response = await SendAsync(person.Api, call);
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{person.Name}: {call} was refused ({(int)response.StatusCode})");
            }
        }

        // 3. The list shows each person the events they have a role in, with that role.
        var listOfModerator = await people.Single(p => p.Name == "moderator").Api.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, Ct);
        Assert.Equal([(a.Id, (EventRole?)EventRole.Moderator)], listOfModerator!.Select(e => (e.Id, e.Role)));
        var listOfOther = await people.Single(p => p.Name == "other-organiser").Api.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, Ct);
        // B, and the event they created in step 2 (as its organiser), never A
        Assert.Equal([(b.Id, (EventRole?)EventRole.Organiser)], listOfOther!.Where(e => e.Title != "Created by the caller").Select(e => (e.Id, e.Role)));
        Assert.Equal((EventRole?)EventRole.Organiser, Assert.Single(listOfOther!, e => e.Title == "Created by the caller").Role);

        // 4. Staff pages: allowed → 200; signed in without the right → "no access"; anonymous → sign-in.
        (string Path, EventRight Right)[] staffPages =
        [
            ($"/events/{a.Id}", EventRight.Build), ($"/events/{a.Id}/moderate", EventRight.Moderate),
            ($"/events/{a.Id}/present", EventRight.Moderate), ($"/events/{a.Id}/report", EventRight.Report),
            ($"/events/{a.Id}/booth?lang=en", EventRight.Booth),
        ];
        foreach (var person in people)
        {
            foreach (var (path, right) in staffPages)
            {
                using var response = await person.Pages!.GetAsync(path, Ct);
                var location = response.Headers.Location?.OriginalString ?? "";
                if (person.Name == "anonymous")
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/login", StringComparison.Ordinal), $"anonymous: {path} → {(int)response.StatusCode} {location}");
                }
                else if (person.May(new Call("GET", path, right)))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{person.Name}: {path} → {(int)response.StatusCode} {location}");
                    Assert.DoesNotContain("data-testid=\"no-access\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/denied", StringComparison.Ordinal), $"{person.Name}: {path} → {(int)response.StatusCode} {location}");
                }
            }
        }
        // 5. Deleting the event: everyone without the right to build it is refused; its organiser may.
        foreach (var person in people.Where(p => !p.Admin && p.RoleInA != EventRole.Organiser))
        {
            using var refusedDelete = await person.Api.DeleteAsync($"/api/events/{a.Id}", Ct);
            Assert.Equal(person.Name == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, refusedDelete.StatusCode);
        }
        using (var deleted = await people.Single(p => p.Name == "organiser").Api.DeleteAsync($"/api/events/{a.Id}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        foreach (var person in people)
        {
            person.Api.Dispose();
            person.Pages?.Dispose();
        }
    }

    [Fact]
    public async Task An_invitation_works_once_bad_invitations_are_refused_and_the_last_organiser_stays()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(admin, "Invitations");
        var link = await InviteAsync(admin, ev, "once@livepoll.test", EventRole.Moderator);
        using (var first = await AcceptAsync(link, "once@livepoll.test"))
        {
            Assert.NotNull(first);
        }
        using var again = PhonePage.Browser(App.BaseAddress);
        Assert.Contains("Invitation not valid", await again.GetStringAsync(link, Ct), StringComparison.Ordinal);
        Assert.Contains("Invitation not valid", await again.GetStringAsync("/invite/not-a-token", Ct), StringComparison.Ordinal);

        foreach (var (body, field) in new (object, string)[]
        {
            (new { email = "not an address", role = "Moderator" }, "email"),
            (new { email = "x@livepoll.test", role = "Owner" }, "role"),
            (new { email = "", role = "Moderator" }, "email"),
        })
        {
            using var refused = await admin.PostAsJsonAsync($"/api/events/{ev.Id}/people/invitations", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        using (var member = await admin.PostAsJsonAsync($"/api/events/{ev.Id}/people/invitations", new { email = "once@livepoll.test", role = "Rapporteur" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, member.StatusCode); // already has a role
        }

        var people = (await admin.GetFromJsonAsync<PeopleDto>($"/api/events/{ev.Id}/people", JsonDefaults.Options, Ct))!;
        Assert.Equal([(LivePollAppFactory.AdminEmail, EventRole.Organiser), ("once@livepoll.test", EventRole.Moderator)], people.Members.Select(m => (m.Email, m.Role)));
        Assert.Empty(people.Invitations);
        var organiser = people.Members.Single(m => m.Role == EventRole.Organiser);
        using (var last = await admin.DeleteAsync($"/api/events/{ev.Id}/people/{organiser.Id}", Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        }
        using (var removed = await admin.DeleteAsync($"/api/events/{ev.Id}/people/{people.Members.Single(m => m.Role == EventRole.Moderator).Id}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }
        // signing out needs the form's antiforgery token: another site cannot sign staff out
        using var cookieAdmin = await CookieBrowserAsync(LivePollAppFactory.AdminEmail, LivePollAppFactory.AdminPassword);
        using (var forged = await cookieAdmin.PostAsync("/account/logout", new FormUrlEncodedContent([]), Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await cookieAdmin.GetAsync($"/events/{ev.Id}", Ct)).StatusCode);

        using var moderator = await LivePollAppFactory.SignInAsync(App.CreateClient(), Ct, "once@livepoll.test", Password);
        using var gone = await moderator.GetAsync($"/api/events/{ev.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, gone.StatusCode);
    }

    private async Task<HttpClient> AcceptInvitationAsync(HttpClient admin, EventDto ev, string email, EventRole role) =>
        await AcceptAsync(await InviteAsync(admin, ev, email, role), email);

    private static async Task<string> InviteAsync(HttpClient admin, EventDto ev, string email, EventRole role)
    {
        using var response = await admin.PostAsJsonAsync($"/api/events/{ev.Id}/people/invitations", new { email, role = role.ToString() }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var link = (await response.Content.ReadFromJsonAsync<InvitationLinkDto>(JsonDefaults.Options, Ct))!.Link;
        return new Uri(link).PathAndQuery;
    }

    /// <summary>Opens the invitation link in a cookie-keeping client, creates the account with a password and is signed in.</summary>
    private async Task<HttpClient> AcceptAsync(string link, string email)
    {
        var browser = PhonePage.Browser(App.BaseAddress);
        var page = await browser.GetStringAsync(link, Ct);
        Assert.Contains(email, page, StringComparison.Ordinal);
        using var accepted = await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "create-account",
            ["__RequestVerificationToken"] = PhonePage.AntiforgeryToken(page),
            ["Input.Password"] = Password,
            ["Input.Confirm"] = Password,
        }), Ct);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, $"accepting gave {(int)accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("/events", new Uri(App.BaseAddress, accepted.Headers.Location!).AbsolutePath);
        return browser;
    }

    private async Task<HttpClient> CookieBrowserAsync(string email, string password)
    {
        var browser = PhonePage.Browser(App.BaseAddress);
        using var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password }, Ct);
        login.EnsureSuccessStatusCode();
        return browser;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Call call) => client.SendAsync(new HttpRequestMessage(new HttpMethod(call.Method), call.Path)
    {
        Content = call.Body is null ? null : JsonContent.Create(call.Body),
    }, Ct);

    /// <summary>What a refused call must not change: the event as the API shows it, its Q&amp;A, card history, people and the number of events.</summary>
    private async Task<string> StateAsync(HttpClient admin, EventDto ev) => string.Join("\n",
        await admin.GetStringAsync($"/api/events/{ev.Id}", Ct),
        await admin.GetStringAsync($"/api/events/{ev.Id}/qna", Ct),
        await admin.GetStringAsync($"/api/events/{ev.Id}/cards/changes", Ct),
        await admin.GetStringAsync($"/api/events/{ev.Id}/people", Ct),
        await CountAsync("Events"), await CountAsync("Invitations"), await CountAsync("EventMembers"));
}
