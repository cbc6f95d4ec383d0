using LivePoll.Domain;
using LivePoll.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>A refusal worded by <paramref name="localizer"/>, in its reader's language.</summary>
    public static string Text(this IStringLocalizer localizer, Refusal refusal) => localizer[refusal.Text, refusal.Values];

    /// <summary>Why a request was refused (a rule, an invalid field, an unknown id), in the reader's language.</summary>
    public static string Reason(this IStringLocalizer localizer, Exception refused) => refused switch
    {
        DomainRuleException rule => localizer.Text(rule.Refusal),
        InvalidInputException input => localizer.Text(input.Refusal),
        _ => localizer[refused.Message],
    };
}
