namespace LivePoll.Web.Options;

/// <summary>The <c>LivePoll</c> configuration section.</summary>
public sealed class LivePollOptions
{
    public const string SectionName = "LivePoll";

    /// <summary>Base URL the QR code points phones to, e.g. https://vote.example.org. Empty: the address the staff page was opened with.</summary>
    public string? PublicBaseUrl { get; set; }

    public DemoOptions Demo { get; set; } = new();
    public AdminOptions Admin { get; set; } = new();
    public ReportOptions Reports { get; set; } = new();
    public RateLimitOptions RateLimits { get; set; } = new();
    public DatabaseOptions Database { get; set; } = new();
    public RedisOptions Redis { get; set; } = new();
    public ProxyOptions Proxy { get; set; } = new();
    public SignInLimitOptions SignInLimits { get; set; } = new();
    public MetricsOptions Metrics { get; set; } = new();

    /// <summary>
    /// Minutes after which an event nobody uses (no phone connected, no staff page open, no running timer) leaves memory;
    /// it loads again from the database when someone comes back to it.
    /// </summary>
    public int IdleEventMinutes { get; set; } = 30;

    /// <summary>Redirect HTTP to HTTPS and send HSTS (set it when the app is served over HTTPS on a public address).</summary>
    public bool RequireHttps { get; set; }

    /// <summary>Where the data-protection keys (cookies, antiforgery) are kept. Empty: "livepoll-keys" beside the database file.</summary>
    public string? KeysDirectory { get; set; }
}

public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary><c>Sqlite</c> (embedded, one instance) or <c>Postgres</c> (shared by several instances).</summary>
    public string Provider { get; set; } = Sqlite;
}

/// <summary>
/// The reverse proxies (nginx, a load balancer) in front of the app. Only requests from them may say, in
/// X-Forwarded-For / X-Forwarded-Proto, which address a phone has and whether it came over HTTPS; from anywhere else
/// those headers are ignored. Empty: no proxy, the headers are never read.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Addresses of the proxies, e.g. <c>["10.0.0.2"]</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, e.g. <c>["172.16.0.0/12"]</c> (a Docker network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count + KnownNetworks.Count > 0;
}

public sealed class MetricsOptions
{
    /// <summary>Serve the metrics for Prometheus at <c>/metrics</c> (to administrators, and to this machine itself).</summary>
    public bool Prometheus { get; set; }
}

/// <summary>Staff sign-in throttling (README "Operating it").</summary>
public sealed class SignInLimitOptions
{
    /// <summary>Sign-in attempts per minute from one network address, whatever the account.</summary>
    public int AttemptsPerMinutePerAddress { get; set; } = 20;

    /// <summary>
    /// Failed sign-ins to one account from one address per 15 minutes; then that address may not try that account until
    /// the window ends — the owner, from another address, still can.
    /// </summary>
    public int FailuresPer15MinutesPerAccountAndAddress { get; set; } = 5;
}

public sealed class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string (e.g. <c>localhost:6379</c>): instances share live state through it.</summary>
    public string? Configuration { get; set; }
}

public sealed class ReportOptions
{
    /// <summary>The Chromium (or Chrome) that prints the PDF report. Empty: chromium, chromium-browser or google-chrome on the PATH.</summary>
    public string? ChromiumPath { get; set; }
}

public sealed class DemoOptions
{
    /// <summary>Seed the reference side event (join code GFMD18) at start.</summary>
    public bool Seed { get; set; }
}

public sealed class AdminOptions
{
    /// <summary>With <see cref="Password"/>: the first administrator, created at start when no account exists.</summary>
    public string? Email { get; set; }
    public string? Password { get; set; }
}

/// <summary>The audience's rate limits (README "Configuration"); per server instance.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>New participants per minute from one network address (a venue shares one NAT address).</summary>
    public int JoinsPerMinutePerAddress { get; set; } = 3000;

    /// <summary>Join attempts with a code that belongs to no event, per minute and phone (hub connection or browser connection).</summary>
    public int UnknownCodesPerMinutePerPhone { get; set; } = 30;

    /// <summary>
    /// The same, per minute and network address: a ceiling for a guessing program, far above what a room of people
    /// mistyping the code behind one NAT address reaches. A code that exists is never refused by either limit.
    /// </summary>
    public int UnknownCodesPerMinutePerAddress { get; set; } = 1000;

    /// <summary>Votes per second per participant (bursts of twice this are allowed).</summary>
    public int SubmitsPerSecondPerParticipant { get; set; } = 5;

    public int QuestionsPerMinutePerParticipant { get; set; } = 5;

    public int UpvotesPerMinutePerParticipant { get; set; } = 60;
}
