using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime.Cluster;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LivePoll.Web.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>Hub messages from phones are small; anything bigger is refused by SignalR itself.</summary>
    public const long MaxHubMessageBytes = 16 * 1024;

    public static IServiceCollection AddRealtime(this IServiceCollection services)
    {
        services.AddMetrics(); // the writer and the broadcaster record what operators watch
        services.AddSingleton<LivePoll.Web.Features.Operations.LivePollMetrics>();
        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = MaxHubMessageBytes;
                options.EnableDetailedErrors = false;
            })
            .AddJsonProtocol(options => JsonDefaults.Configure(options.PayloadSerializerOptions));
        services.AddSingleton<LiveEventRegistry>();
        services.AddHostedService<IdleEventEviction>();
        services.AddHostedService<TallyReconciliation>();
        services.TryAddSingleton<ClusterBus>(); // one instance; ScaleOut puts the Redis one in its place
        services.TryAddSingleton<ResultsLease>(); // likewise
        services.AddSingleton<LiveEventNotifier>();
        services.AddSingleton<ResultsBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<ResultsBroadcaster>());
        return services;
    }

    public static WebApplication MapRealtime(this WebApplication app)
    {
        app.MapHub<PollHub>("/hubs/poll");
        return app;
    }
}
