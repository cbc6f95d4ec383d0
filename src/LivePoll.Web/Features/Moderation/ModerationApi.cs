namespace LivePoll.Web.Features.Moderation;

internal static class ModerationApi
{
    public static RouteGroupBuilder MapModerationApi(this RouteGroupBuilder api)
    {
        var question = api.MapGroup("/events/{id:guid}/questions/{questionId:guid}");
        question.MapPost("/open", async (Guid id, Guid questionId, bool? keepOthersOpen, ModerationService moderation) =>
        {
            await moderation.OpenAsync(id, questionId, keepOthersOpen ?? false);
            return Results.NoContent();
        });
        question.MapPost("/close", async (Guid id, Guid questionId, ModerationService moderation) =>
        {
            await moderation.CloseAsync(id, questionId);
            return Results.NoContent();
        });
        question.MapPost("/reveal", async (Guid id, Guid questionId, ModerationService moderation) =>
        {
            await moderation.RevealAsync(id, questionId);
            return Results.NoContent();
        });
        question.MapPost("/hide", async (Guid id, Guid questionId, ModerationService moderation) =>
        {
            await moderation.HideAsync(id, questionId);
            return Results.NoContent();
        });
        return api;
    }
}
