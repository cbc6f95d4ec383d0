using LivePoll.Web.Features.Moderation;

namespace LivePoll.Web.Features.Events;

internal static class EventsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveChangePublisher>();
        builder.Services.AddSingleton<EventService>();
        builder.Services.AddSingleton<ModerationService>();
        builder.Services.AddSingleton<DemoEventSeeder>();
        return builder;
    }
}
