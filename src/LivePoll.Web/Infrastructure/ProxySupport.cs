using System.Net;
using LivePoll.Web.Options;
using Microsoft.AspNetCore.HttpOverrides;

namespace LivePoll.Web.Infrastructure;

/// <summary>
/// Behind the configured reverse proxies (<c>LivePoll:Proxy</c>), a request's client address and scheme are the ones
/// the proxy forwards: per-address limits then apply to each phone rather than to the proxy, redirects to HTTPS stop
/// looping and cookies are marked Secure. Headers from any other source are ignored.
/// </summary>
internal static class ProxySupport
{
    internal static IHostApplicationBuilder AddProxySupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<LivePollOptions>>((forwarded, livePoll) =>
        {
            var proxy = livePoll.Value.Proxy;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it sees the phone's address and scheme.</summary>
    internal static WebApplication UseProxySupport(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LivePollOptions>>().Value.Proxy.Any)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
