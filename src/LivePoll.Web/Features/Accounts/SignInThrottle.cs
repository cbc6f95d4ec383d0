using System.Net;
using System.Threading.RateLimiting;
using LivePoll.Web.Options;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Features.Accounts;

/// <summary>
/// Throttles staff sign-in (the page and <c>/api/auth/login</c>): so many attempts a minute per network address, and
/// so many failures per account from one address. An attacker's address is stopped long before the account's own
/// lockout, so guessing at a known account cannot keep its owner out: from another address the owner signs in.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const string Refused = "TooManySignAttemptsFromHereWaitFew";

    private readonly PartitionedRateLimiter<string> _attempts;
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<LivePollOptions> options)
    {
        var limits = options.Value.SignInLimits;
        _attempts = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limits.FailuresPer15MinutesPerAccountAndAddress, Window = TimeSpan.FromMinutes(15), QueueLimit = 0 }));
    }

    /// <summary>Counts an attempt; false when it must be refused (with <see cref="Refused"/>) before the password is checked.</summary>
    public bool MayTry(IPAddress? address, string? account)
    {
        using var attempt = _attempts.AttemptAcquire(AddressKey(address));
        return attempt.IsAcquired && _failures.GetStatistics(AccountKey(address, account))?.CurrentAvailablePermits != 0;
    }

    /// <summary>Records a wrong password (or unknown account) from <paramref name="address"/>.</summary>
    public void Failed(IPAddress? address, string? account) => _failures.AttemptAcquire(AccountKey(address, account)).Dispose();

    public void Dispose()
    {
        _attempts.Dispose();
        _failures.Dispose();
    }

    private static string AddressKey(IPAddress? address) => address?.ToString() ?? "unknown";

    private static string AccountKey(IPAddress? address, string? account) =>
        $"{(account ?? "").Trim().ToUpperInvariant()}|{AddressKey(address)}";
}
