using Microsoft.Extensions.Options;

namespace LivePoll.Web.Options;

internal static class OptionsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddLivePollOptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LivePollOptions>()
            .Bind(builder.Configuration.GetSection(LivePollOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LivePollOptions>, LivePollOptionsValidator>();
        return builder;
    }
}
