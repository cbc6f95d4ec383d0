using Microsoft.Extensions.Options;

namespace LivePoll.Web.Options;

/// <summary>Stops the app at start with a message naming the bad key.</summary>
internal sealed class LivePollOptionsValidator : IValidateOptions<LivePollOptions>
{
    public ValidateOptionsResult Validate(string? name, LivePollOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && !(Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"LivePoll:PublicBaseUrl must be an absolute http(s) URL such as https://vote.example.org (got '{options.PublicBaseUrl}').");
        }
        var hasEmail = !string.IsNullOrWhiteSpace(options.Admin.Email);
        var hasPassword = !string.IsNullOrWhiteSpace(options.Admin.Password);
        if (hasEmail != hasPassword)
        {
            failures.Add("LivePoll:Admin:Email and LivePoll:Admin:Password must be set together.");
        }
        if (hasEmail && !options.Admin.Email!.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"LivePoll:Admin:Email must be an e-mail address (got '{options.Admin.Email}').");
        }
        var limits = options.RateLimits;
        if (new[] { limits.JoinsPerMinutePerAddress, limits.UnknownCodesPerMinutePerAddress, limits.UnknownCodesPerMinutePerPhone, limits.SubmitsPerSecondPerParticipant,
                limits.QuestionsPerMinutePerParticipant, limits.UpvotesPerMinutePerParticipant }.Any(limit => limit < 1))
        {
            failures.Add("LivePoll:RateLimits values must be whole numbers of 1 or more (turn them off with LivePoll:RateLimits:Enabled=false).");
        }
        if (options.IdleEventMinutes < 1)
        {
            failures.Add($"LivePoll:IdleEventMinutes must be a whole number of 1 or more (got {options.IdleEventMinutes}).");
        }
        failures.AddRange(options.Proxy.KnownProxies.Where(a => !System.Net.IPAddress.TryParse(a, out _))
            .Select(a => $"LivePoll:Proxy:KnownProxies must hold IP addresses such as 10.0.0.2 (got '{a}')."));
        failures.AddRange(options.Proxy.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))
            .Select(n => $"LivePoll:Proxy:KnownNetworks must hold networks such as 172.16.0.0/12 (got '{n}')."));
        if (options.SignInLimits.AttemptsPerMinutePerAddress < 1 || options.SignInLimits.FailuresPer15MinutesPerAccountAndAddress < 1)
        {
            failures.Add("LivePoll:SignInLimits values must be whole numbers of 1 or more.");
        }
        if (options.Database.Provider is not (DatabaseOptions.Sqlite or DatabaseOptions.Postgres))
        {
            failures.Add($"LivePoll:Database:Provider must be Sqlite or Postgres (got '{options.Database.Provider}').");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
