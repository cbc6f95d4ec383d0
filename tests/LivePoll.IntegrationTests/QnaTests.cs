using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Qna;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.IntegrationTests;

public sealed class QnaTests : AppTestBase
{
    [Fact]
    public async Task Questions_wait_for_approval_then_everyone_sees_and_upvotes_them_once()
    {
        using var demo = await DemoAsync();
        await using var asker = await PhoneAsync();
        await using var neighbour = await PhoneAsync();
        await asker.JoinAsync("GFMD18", cancellationToken: Ct);
        await neighbour.JoinAsync("GFMD18", cancellationToken: Ct);

        var asked = await asker.AskAsync("  How will the mechanism be funded?  ", "Amina");
        Assert.True(asked.Ok);
        var id = asked.Id!.Value;

        // Pending: only the moderator and the author see it.
        var listed = await ListAsync(demo);
        Assert.Equal(("How will the mechanism be funded?", AudienceQuestionStatus.Pending, 0), (listed.Single().Text, listed.Single().Status, listed.Single().Votes));
        Assert.False((await neighbour.UpvoteAsync(id)).Ok);
        var rejoined = await RejoinAsync(asker);
        Assert.Equal([id], rejoined.Qna.Where(q => q.Mine).Select(q => q.Id));
        Assert.Empty((await RejoinAsync(neighbour)).Qna);

        await StepAsync(demo, id, "approve");
        await Eventually(() => neighbour.QnaUpdates.Any(items => items.Any(i => i.Id == id && i.Status == AudienceQuestionStatus.Approved)));

        Assert.True((await neighbour.UpvoteAsync(id)).Ok);
        var again = await neighbour.UpvoteAsync(id);
        Assert.False(again.Ok);
        Assert.Equal("You already upvoted this question.", again.Error);
        Assert.True((await asker.UpvoteAsync(id)).Ok);
        await Eventually(() => neighbour.QnaUpdates.LastOrDefault()?.SingleOrDefault(i => i.Id == id)?.Votes == 2);
        Assert.Equal(2, (await ListAsync(demo)).Single().Votes);
        Assert.Equal([id], (await RejoinAsync(neighbour)).MyUpvotes);
        Assert.Equal(2, await CountAsync("AudienceQuestionVotes"));

        await StepAsync(demo, id, "pin");
        Assert.Equal(AudienceQuestionStatus.Pinned, (await ListAsync(demo)).Single().Status);
        await StepAsync(demo, id, "hide");
        await Eventually(() => neighbour.QnaUpdates.LastOrDefault()?.Count == 0);
        await StepAsync(demo, id, "answer");
        Assert.Equal(AudienceQuestionStatus.Answered, (await ListAsync(demo)).Single().Status);
    }

    [Fact]
    public async Task Bad_questions_and_upvotes_get_a_clear_error_and_change_nothing()
    {
        using var demo = await DemoAsync();
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        Assert.Equal("Write your question first.", (await phone.AskAsync("   ")).Error);
        Assert.Equal("Write your question first.", (await phone.AskAsync(null)).Error);
        Assert.Equal("A question can be at most 280 characters.", (await phone.AskAsync(new string('?', 281))).Error);
        Assert.Equal("A name can be at most 40 characters.", (await phone.AskAsync("Fine question", new string('n', 41))).Error);
        Assert.False((await phone.UpvoteAsync(Guid.NewGuid())).Ok);
        Assert.Equal(0, await CountAsync("AudienceQuestions"));

        // An item of this event addressed through another event, an unknown item, an unknown step.
        var id = (await phone.AskAsync("Is the chair's summary public?")).Id!.Value;
        using var other = await demo.Staff.PostAsJsonAsync("/api/events", new { title = "Another event" }, Ct);
        var otherId = (await other.Content.ReadFromJsonAsync<LivePoll.Web.Features.Events.EventDto>(JsonDefaults.Options, Ct))!.Id;
        Assert.Equal(HttpStatusCode.NotFound, (await demo.Staff.PostAsync($"/api/events/{otherId}/qna/{id}/approve", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.Staff.PostAsync($"/api/events/{demo.Event.Id}/qna/{Guid.NewGuid()}/approve", null, Ct)).StatusCode);
        Assert.Contains((await demo.Staff.PostAsync($"/api/events/{demo.Event.Id}/qna/{id}/delete-everything", null, Ct)).StatusCode,
            new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.Equal(AudienceQuestionStatus.Pending, (await ListAsync(demo)).Single().Status);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/events/{demo.Event.Id}/qna", Ct)).StatusCode);
    }

    private async Task<JoinResponse> RejoinAsync(LivePoll.Testing.Phone phone)
    {
        await using var again = await PhoneAsync();
        return await again.JoinAsync("GFMD18", phone.Joined!.ParticipantToken, Ct);
    }

    private static async Task<List<QnaItemDto>> ListAsync(DemoEventApi demo) =>
        (await demo.Staff.GetFromJsonAsync<List<QnaItemDto>>($"/api/events/{demo.Event.Id}/qna", JsonDefaults.Options, Ct))!;

    private static async Task StepAsync(DemoEventApi demo, Guid id, string step)
    {
        using var response = await demo.Staff.PostAsync($"/api/events/{demo.Event.Id}/qna/{id}/{step}", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
