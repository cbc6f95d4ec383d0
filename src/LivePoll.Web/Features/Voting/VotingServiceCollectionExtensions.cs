using LivePoll.Web.Features.Qna;

namespace LivePoll.Web.Features.Voting;

public static class VotingServiceCollectionExtensions
{
    /// <summary>What phones use: joining, voting, Q&amp;A, and the single writer that stores it all.</summary>
    public static IServiceCollection AddVoting(this IServiceCollection services)
    {
        services.AddSingleton<AudienceLimits>();
        services.AddSingleton<ParticipantService>();
        services.AddSingleton<VotingService>();
        services.AddSingleton<QnaService>();
        services.AddSingleton<AudienceWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AudienceWriter>());
        return services;
    }
}
