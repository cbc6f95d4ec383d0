using LivePoll.Web.Localization;
using LivePoll.Web.Features.People;
using System.Security.Claims;
using LivePoll.Domain.Cards;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Moderation;

/// <summary>Body of PUT …/cards: the counted cards per option.</summary>
public sealed record CardCountsRequest(IReadOnlyList<CardCountEntry>? Counts);

/// <summary>One recorded change of a card count.</summary>
public sealed record CardCountChangeDto(Guid QuestionId, Guid OptionId, int OldCount, int NewCount, string ChangedBy, DateTimeOffset ChangedAt);

internal static class ModerationApi
{
    public static RouteGroupBuilder MapModerationApi(this RouteGroupBuilder api)
    {
        var question = api.MapGroup("/events/{id:guid}/questions/{questionId:guid}").RequireAuthorization(EventPolicies.Moderate);
        question.MapPost("/open", async (Guid id, Guid questionId, bool? keepOthersOpen, ClaimsPrincipal user, ModerationService moderation) =>
        {
            await moderation.OpenAsync(id, questionId, StaffUser.Actor(user), keepOthersOpen ?? false);
            return Results.NoContent();
        });
        foreach (var (step, run) in new (string, Func<ModerationService, Guid, Guid, string, Task>)[]
        {
            ("close", (m, e, q, actor) => m.CloseAsync(e, q, actor)),
            ("reveal", (m, e, q, actor) => m.RevealAsync(e, q, actor)),
            ("hide", (m, e, q, actor) => m.HideAsync(e, q, actor)),
        })
        {
            question.MapPost($"/{step}", async (Guid id, Guid questionId, ClaimsPrincipal user, ModerationService moderation) =>
            {
                await run(moderation, id, questionId, StaffUser.Actor(user));
                return Results.NoContent();
            });
        }
        question.MapPost("/copy", async (Guid id, Guid questionId, EventService events) =>
        {
            var copyId = await events.CopyQuestionAsync(id, questionId);
            var copy = (await events.GetAsync(id))!.FindQuestion(copyId)!;
            return Results.Created($"/api/events/{id}", copy.ToDto());
        });
        question.MapPut("/cards", async (Guid id, Guid questionId, CardCountsRequest? request, ClaimsPrincipal user,
            ModerationService moderation, LiveEventRegistry registry) =>
        {
            var errors = await moderation.SetCardCountsAsync(id, questionId, request?.Counts, StaffUser.Actor(user));
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(EnglishText.Of(errors), title: "The card counts are not valid");
            }
            var live = await registry.GetAsync(id) ?? throw new NotFoundException("TheEventDoesNotExist");
            return Results.Ok(ResultsService.For(live, live.Snapshot.FindQuestion(questionId)!).ToDto());
        });
        api.MapPost("/events/{id:guid}/end", async (Guid id, ClaimsPrincipal user, ModerationService moderation) =>
        {
            await moderation.EndEventAsync(id, StaffUser.Actor(user));
            return Results.NoContent();
        }).RequireAuthorization(EventPolicies.Moderate);
        api.MapPost("/events/{id:guid}/reopen", async (Guid id, ClaimsPrincipal user, ModerationService moderation) =>
        {
            await moderation.ReopenEventAsync(id, StaffUser.Actor(user));
            return Results.NoContent();
        }).RequireAuthorization(EventPolicies.Moderate);
        api.MapPost("/events/{id:guid}/sessions/{sessionId:guid}/start", async (Guid id, Guid sessionId, ClaimsPrincipal user, ModerationService moderation) =>
        {
            await moderation.StartSessionAsync(id, sessionId, StaffUser.Actor(user));
            return Results.NoContent();
        }).RequireAuthorization(EventPolicies.Moderate);
        api.MapGet("/events/{id:guid}/cards/changes", async (Guid id, ModerationService moderation) =>
            (await moderation.CardCountHistoryAsync(id))
                .Select(c => new CardCountChangeDto(c.QuestionId, c.OptionId, c.OldCount, c.NewCount, c.ChangedBy, c.ChangedAt)))
            .RequireAuthorization(EventPolicies.View);
        return api;
    }
}
