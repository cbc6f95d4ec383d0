using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Presentation;

namespace LivePoll.Web.Features.Events;

internal static class EventsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveChangePublisher>();
        builder.Services.AddSingleton<EventService>();
        builder.Services.AddSingleton<ModerationService>();
        builder.Services.AddSingleton<DemoEventSeeder>();
        builder.Services.AddScoped<JoinLinks>();
        return builder;
    }
}
