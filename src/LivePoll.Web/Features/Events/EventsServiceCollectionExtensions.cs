using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Presentation;
using LivePoll.Web.Features.WordCloud;

namespace LivePoll.Web.Features.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<LiveChangePublisher>();
        services.AddSingleton<EventCommands>();
        services.AddSingleton<EventService>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<WordMergeService>();
        services.AddSingleton<RemoteSignIn>();
        services.AddTransient<ModeratorSteps>(); // one per page: its "busy" is that page's
        services.AddHostedService<QuestionTimers>();
        services.AddSingleton<DemoEventSeeder>();
        services.AddScoped<JoinLinks>();
        services.AddSingleton<PresentationService>();
        return services;
    }
}
