using LivePoll.Web.Infrastructure;

namespace LivePoll.Web.Realtime;

internal static class RealtimeServiceCollectionExtensions
{
    /// <summary>Hub messages from phones are small; anything bigger is refused by SignalR itself.</summary>
    public const long MaxHubMessageBytes = 16 * 1024;

    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = MaxHubMessageBytes;
                options.EnableDetailedErrors = false;
            })
            .AddJsonProtocol(options => JsonDefaults.Configure(options.PayloadSerializerOptions));
        builder.Services.AddSingleton<LiveEventRegistry>();
        builder.Services.AddSingleton<LiveEventNotifier>();
        builder.Services.AddSingleton<ResultsBroadcaster>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ResultsBroadcaster>());
        return builder;
    }

    public static WebApplication MapRealtime(this WebApplication app)
    {
        app.MapHub<PollHub>("/hubs/poll");
        return app;
    }
}
