namespace LivePoll.Web.Features.Rehearsal;

public static class RehearsalServiceCollectionExtensions
{
    /// <summary>Rehearsals with a simulated room. Added after the writer, so that on shutdown the rooms stop first.</summary>
    public static IServiceCollection AddRehearsals(this IServiceCollection services)
    {
        services.AddSingleton<RoomServices>();
        services.AddSingleton<RehearsalService>();
        services.AddHostedService(sp => sp.GetRequiredService<RehearsalService>());
        return services;
    }
}
