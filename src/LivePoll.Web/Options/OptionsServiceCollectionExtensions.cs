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

    /// <summary>
    /// The settings for the registrations that depend on them before the app is built (keys storage, Redis, metrics):
    /// bound and validated once, by the same validator as <see cref="IOptions{TOptions}"/>, which everything else reads.
    /// Bad settings stop the start here with the validator's message.
    /// </summary>
    public static LivePollOptions StartupOptions(this IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(typeof(LivePollOptions), out var validated))
        {
            return (LivePollOptions)validated;
        }
        var options = builder.Configuration.GetSection(LivePollOptions.SectionName).Get<LivePollOptions>() ?? new();
        var result = new LivePollOptionsValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(LivePollOptions), result.Failures);
        }
        builder.Properties[typeof(LivePollOptions)] = options;
        return options;
    }
}
