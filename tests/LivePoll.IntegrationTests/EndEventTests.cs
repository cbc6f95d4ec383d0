using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

/// <summary>The moderator ends the event with phones connected, and reopens it.</summary>
public sealed class EndEventTests : AppTestBase
{
    [Fact]
    public async Task Ending_closes_questions_thanks_phones_refuses_audience_writes_and_keeps_staff_work_going_until_reopened()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(admin, "To end");
        var question = ev.Sessions[0].Questions[0];
        (await admin.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        await using var voter = await PhoneAsync();
        await using var asker = await PhoneAsync();
        await voter.JoinAsync(ev.Code, cancellationToken: Ct);
        await asker.JoinInAsync(ev.Code, "fr", cancellationToken: Ct);
        Assert.True((await voter.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        var asked = await asker.AskAsync("Before the end?");
        Assert.True(asked.Ok);

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsync($"/api/events/{ev.Id}/end", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/events/{ev.Id}/end", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/events/{ev.Id}/end", null, Ct)).StatusCode); // once is enough

        await Eventually(() => voter.EventClosedCount == 1 && asker.EventClosedCount == 1, TimeSpan.FromSeconds(30));
        var ended = (await admin.GetFromJsonAsync<EventDto>($"/api/events/{ev.Id}", JsonDefaults.Options, Ct))!;
        Assert.Equal(EventStatus.Closed, ended.Status);
        Assert.Equal(QuestionState.Closed, ended.Sessions[0].Questions[0].State);

        var vote = await voter.VoteAsync(question.Id, question.Options[1].Id);
        Assert.False(vote.Ok);
        Assert.Equal("The event has ended. Thank you!", vote.Error);
        var lateQuestion = await asker.AskAsync("After the end?");
        Assert.False(lateQuestion.Ok);
        Assert.Equal("L’événement est terminé. Merci !", lateQuestion.Error); // in the phone's language
        Assert.False((await voter.UpvoteAsync(asked.Id!.Value)).Ok);
        var rejoined = await voter.JoinAsync(ev.Code, voter.Joined!.ParticipantToken, Ct);
        Assert.Equal(EventStatus.Closed, rejoined.Event.Status);

        // staff keep working: cards, Q&A moderation, results and reports
        (await admin.PutAsJsonAsync($"/api/events/{ev.Id}/questions/{question.Id}/cards", new { counts = new[] { new { optionId = question.Options[1].Id, count = 7 } } }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/events/{ev.Id}/qna/{asked.Id}/answer", null, Ct)).EnsureSuccessStatusCode();
        (await admin.GetAsync($"/api/events/{ev.Id}/export/csv", Ct)).EnsureSuccessStatusCode();
        var results = await admin.GetFromJsonAsync<Web.Features.Reports.EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct);
        Assert.Equal([1, 7], results!.Questions[0].Options.Select(o => o.Total));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/events/{ev.Id}/reopen", null, Ct)).StatusCode);
        (await admin.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        Assert.True((await voter.VoteAsync(question.Id, question.Options[1].Id)).Ok);

        var log = (await admin.GetFromJsonAsync<List<AuditEntryDto>>($"/api/events/{ev.Id}/audit", JsonDefaults.Options, Ct))!;
        Assert.Equal(
            ["Opened question", "Reopened the event", "Ended the event", "Closed question", "Opened question"],
            log.Where(e => e.Action.Contains("question", StringComparison.Ordinal) || e.Action.Contains("event", StringComparison.Ordinal)).Select(e => e.Action));
    }
}
