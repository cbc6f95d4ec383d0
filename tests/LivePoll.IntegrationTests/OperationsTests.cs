using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using LivePoll.Data;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.IntegrationTests;

/// <summary>
/// What an operator sees: readiness that follows the database, and Prometheus metrics whose LivePoll figures move when
/// phones vote — served to this machine, refused to an anonymous caller from elsewhere (a proxied address).
/// </summary>
[Collection(MetricsReadingTests.Name)]
public sealed class OperationsTests : AppTestBase
{
    private readonly Outage _outage;

    public OperationsTests() : this(new Outage())
    {
    }

    private OperationsTests(Outage outage) : base(new LivePollAppFactory
    {
        Customize = builder =>
        {
            builder.UseSetting("LivePoll:Metrics:Prometheus", "true");
            builder.UseSetting("LivePoll:Proxy:KnownProxies:0", "127.0.0.1");
            builder.UseSetting("LivePoll:Proxy:KnownProxies:1", "::1");
            builder.ConfigureTestServices(services => services.ConfigureDbContext<LivePollDbContext>(o => o.AddInterceptors(outage)));
        },
    }) => _outage = outage;

    [Fact]
    public async Task Ready_follows_the_database_while_live_only_says_the_process_answers()
    {
        using var client = App.CreateClient();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/healthz/ready"));

        _outage.On = true;
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, "/healthz/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/healthz/live"));

        _outage.On = false;
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/healthz/ready"));
    }

    [Fact]
    public async Task The_metrics_show_phones_and_votes_as_they_happen_and_only_to_this_machine_or_an_administrator()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        using var client = App.CreateClient();
        Assert.DoesNotMatch(Committed("response", 3), await client.GetStringAsync("/metrics", Ct));

        var phones = new List<Phone>();
        for (var i = 0; i < 3; i++)
        {
            var phone = await PhoneAsync();
            await phone.JoinAsync("GFMD18", cancellationToken: Ct);
            Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
            phones.Add(phone);
        }

        var metrics = await client.GetStringAsync("/metrics", Ct);
        Assert.Matches(Committed("response", 3), metrics);
        Assert.Matches(new Regex(@"^livepoll_phones_connected(\{[^}]*\})? 3(\s|$)", RegexOptions.Multiline), metrics);
        Assert.Matches(new Regex(@"^livepoll_write_ack_duration_milliseconds_count(\{[^}]*\})? [1-9]", RegexOptions.Multiline), metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal); // ASP.NET Core's own

        using var remote = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        remote.Headers.Add("X-Forwarded-For", "203.0.113.5");
        using var refused = await App.CreateClient().SendAsync(remote, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode); // a scraper is told, not sent to a sign-in page
        Assert.DoesNotContain("livepoll_", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await DisposeAllAsync(phones);
    }

    private static Regex Committed(string kind, int count) =>
        new($@"^livepoll_writes_committed_total\{{[^}}]*kind=""{kind}""[^}}]*\}} {count}(\s|$)", RegexOptions.Multiline);

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>While on, the database cannot be reached: every connection the app opens fails.</summary>
    private sealed class Outage : DbConnectionInterceptor
    {
        public bool On { get; set; }

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            On ? throw new InvalidOperationException("The database server cannot be reached.") : result;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            On ? throw new InvalidOperationException("The database server cannot be reached.") : ValueTask.FromResult(result);
    }
}
