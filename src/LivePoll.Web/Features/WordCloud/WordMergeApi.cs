using LivePoll.Web.Localization;
using System.Security.Claims;
using LivePoll.Domain;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;

namespace LivePoll.Web.Features.WordCloud;

/// <summary>Body of POST …/words/merge: the words to count as one (the first names the concept unless one is merged already).</summary>
public sealed record MergeWordsRequest(IReadOnlyList<string?>? Words);

internal static class WordMergeApi
{
    /// <summary>
    /// <c>GET /api/events/{id}/words/merges</c> → <c>{ head: [other words] }</c>; <c>POST …/words/merge { words }</c>;
    /// <c>DELETE …/words/merges/{head}</c> counts a concept's words apart again.
    /// </summary>
    public static RouteGroupBuilder MapWordMergeApi(this RouteGroupBuilder api)
    {
        var words = api.MapGroup("/events/{id:guid}/words");
        words.MapGet("/merges", async (Guid id, EventService events) =>
            (await events.GetAsync(id) ?? throw new NotFoundException("TheEventDoesNotExist")).MergedWords)
            .RequireAuthorization(EventPolicies.View);
        words.MapPost("/merge", async (Guid id, MergeWordsRequest? request, ClaimsPrincipal user, WordMergeService merges) =>
        {
            try
            {
                await merges.MergeAsync(id, [.. (request?.Words ?? []).Select(w => w ?? "")], StaffUser.Actor(user));
                return Results.NoContent();
            }
            catch (DomainRuleException rule) // too few, too long or too many words: the request is at fault, not the moment
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["words"] = [EnglishText.Of(rule.Refusal)] }, title: "The words cannot be merged");
            }
        }).RequireAuthorization(EventPolicies.Moderate);
        words.MapDelete("/merges/{head}", async (Guid id, string head, ClaimsPrincipal user, WordMergeService merges) =>
            await merges.SplitAsync(id, head, StaffUser.Actor(user)) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(EventPolicies.Moderate);
        return api;
    }
}
