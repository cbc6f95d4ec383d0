namespace LivePoll.Web.Features.Voting;

internal static class VotingServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddVoting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ParticipantService>();
        builder.Services.AddSingleton<VotingService>();
        builder.Services.AddSingleton<LivePoll.Web.Features.Qna.QnaService>();
        builder.Services.AddSingleton<AudienceWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AudienceWriter>());
        return builder;
    }
}
