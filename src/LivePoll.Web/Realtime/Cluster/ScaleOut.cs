using LivePoll.Web.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace LivePoll.Web.Realtime.Cluster;

/// <summary>
/// Several instances behind one address: with <c>LivePoll:Redis:Configuration</c> set, the participant hub uses the
/// SignalR Redis backplane, live changes travel between instances over Redis pub/sub, and the data-protection keys
/// (sign-in cookies, antiforgery) are kept in Redis so that every instance reads what another signed.
/// </summary>
internal static class ScaleOut
{
    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder)
    {
        var configuration = builder.StartupOptions().Redis.Configuration;
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return builder; // one instance: the plain ClusterBus of AddRealtime
        }
        IConnectionMultiplexer redis;
        try
        {
            redis = ConnectionMultiplexer.Connect(configuration);
        }
        catch (RedisConnectionException ex)
        {
            throw new InvalidOperationException($"LivePoll:Redis:Configuration: cannot reach Redis at '{configuration}' ({ex.Message}).", ex);
        }
        builder.Services.AddSingleton(redis);
        builder.Services.AddSignalR().AddStackExchangeRedis(options =>
        {
            options.ConnectionFactory = _ => Task.FromResult(redis);
            options.Configuration.ChannelPrefix = RedisChannel.Literal("livepoll");
        });
        builder.Services.AddDataProtection().PersistKeysToStackExchangeRedis(redis, "livepoll:data-protection-keys");
        builder.Services.Replace(ServiceDescriptor.Singleton<ClusterBus, RedisClusterBus>());
        builder.Services.Replace(ServiceDescriptor.Singleton<ResultsLease, RedisResultsLease>());
        builder.Services.AddHostedService<ClusterListener>();
        return builder;
    }
}
