namespace LivePoll.Web.Features.Accounts;

/// <summary>Keeps return URLs on this site (no open redirects to other hosts).</summary>
internal static class LocalUrl
{
    public static string OrDefault(string? url, string fallback) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;
}
