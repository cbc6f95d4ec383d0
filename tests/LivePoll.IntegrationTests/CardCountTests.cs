using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

public sealed class CardCountTests : AppTestBase
{
    [Fact]
    public async Task Card_counts_are_merged_with_phone_votes_labelled_by_source_and_every_change_is_recorded()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        await demo.StepAsync(question.Id, "reveal", Ct);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);
        Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);

        var answer = await PutCardsAsync(demo, question.Id, (question.Options[0].Id, 40), (question.Options[2].Id, 7));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await PutCardsAsync(demo, question.Id, (question.Options[0].Id, 42));

        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal([(1, 42, 43), (0, 0, 0), (0, 7, 7), (0, 0, 0)], results.Options.Select(o => (o.Phone, o.Cards, o.Total)));
        Assert.Equal(1, results.Participants);

        // Phones watching the revealed results get the merged counts too.
        await Eventually(() => phone.ResultUpdates.Any(r => r.QuestionId == question.Id && r.Options[0].Cards == 42));

        var history = await demo.Staff.GetFromJsonAsync<List<CardCountChangeDto>>($"/api/events/{demo.Event.Id}/cards/changes", JsonDefaults.Options, Ct);
        Assert.Equal([(40, 42), (0, 40)], history!.Where(c => c.OptionId == question.Options[0].Id).Select(c => (c.OldCount, c.NewCount)));
        Assert.All(history!, c => Assert.Equal(LivePollAppFactory.AdminEmail, c.ChangedBy));
        Assert.Equal(3, history!.Count);
    }

    [Fact]
    public async Task Bad_card_counts_get_a_clear_error_and_change_nothing()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        var other = demo.Question(QuestionType.SingleChoice, skip: 1);
        var open = question.Options[0].Id;

        // Not asked yet: no cards.
        Assert.Equal(HttpStatusCode.Conflict, (await PutCardsAsync(demo, question.Id, (open, 3))).StatusCode);
        await demo.StepAsync(question.Id, "open", Ct);
        await PutCardsAsync(demo, question.Id, (open, 5));

        await AssertRefusedAsync(HttpStatusCode.BadRequest, "counts[0].count", PutCardsAsync(demo, question.Id, (open, -1)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "counts[1].count", PutCardsAsync(demo, question.Id, (question.Options[1].Id, 2), (open, 100_001)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "counts[0].optionId", PutCardsAsync(demo, question.Id, (other.Options[0].Id, 2)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "counts[1].optionId", PutCardsAsync(demo, question.Id, (open, 1), (open, 2)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "counts", PutCardsAsync(demo, question.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await PutCardsAsync(demo, Guid.NewGuid(), (open, 1))).StatusCode);
        var ranking = demo.Question(QuestionType.Ranking);
        await demo.StepAsync(ranking.Id, "open", Ct);
        Assert.Equal(HttpStatusCode.Conflict, (await PutCardsAsync(demo, ranking.Id, (ranking.Options[0].Id, 1))).StatusCode);
        var malformed = await demo.Staff.PutAsync($"/api/events/{demo.Event.Id}/questions/{question.Id}/cards",
            new StringContent("""{"counts":[{"optionId":"x","count":"many"}]}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal([5, 0, 0, 0], results.Options.Select(o => o.Cards));
        Assert.Equal(1, await CountAsync("CardCountChanges"));
    }

    private static async Task AssertRefusedAsync(HttpStatusCode status, string field, Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(Ct));
    }

    private static Task<HttpResponseMessage> PutCardsAsync(DemoEventApi demo, Guid questionId, params (Guid OptionId, int Count)[] counts) =>
        demo.Staff.PutAsJsonAsync($"/api/events/{demo.Event.Id}/questions/{questionId}/cards",
            new { counts = counts.Select(c => new { optionId = c.OptionId, count = c.Count }) }, Ct);
}
