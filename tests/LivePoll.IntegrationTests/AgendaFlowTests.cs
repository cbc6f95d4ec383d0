using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.IntegrationTests;

public sealed class AgendaFlowTests : AppTestBase
{
    [Fact]
    public async Task A_question_with_a_timer_counts_down_on_phones_and_closes_by_itself()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Timed vote",
            sessions = new[] { new { title = "S", questions = new[] { new { type = "SingleChoice", text = "Quick?", timerSeconds = 5, options = new[] { new { text = "Yes" }, new { text = "No" } } } } } },
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var question = ev.Sessions[0].Questions[0];
        Assert.Equal(5, question.TimerSeconds);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync(ev.Code, cancellationToken: Ct);

        (await staff.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        await Eventually(() => phone.QuestionChanges.Any(q => q?.State == QuestionState.Open && q.SecondsLeft is > 0 and <= 5));
        Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);

        // The timer closes it (checked four times a second), with no moderator action.
        await Eventually(() => phone.QuestionChanges.Any(q => q?.Id == question.Id && q.State == QuestionState.Closed), TimeSpan.FromSeconds(15));
        Assert.False((await phone.VoteAsync(question.Id, question.Options[1].Id)).Ok);
        var stored = await staff.GetFromJsonAsync<EventDto>($"/api/events/{ev.Id}", JsonDefaults.Options, Ct);
        Assert.Equal(QuestionState.Closed, stored!.Sessions[0].Questions[0].State);
        Assert.Null(stored.Sessions[0].Questions[0].SecondsLeft);
    }

    [Fact]
    public async Task Starting_the_next_part_of_the_agenda_takes_the_last_question_off_phones_and_projector()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Two parts",
            sessions = new[] { "Session I", "Session II" }.Select(title => new
            {
                title, questions = new[] { new { type = "SingleChoice", text = $"{title}?", options = new[] { new { text = "Yes" }, new { text = "No" } } } },
            }),
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var first = ev.Sessions[0].Questions[0];
        await using var phone = await PhoneAsync();
        await phone.JoinAsync(ev.Code, cancellationToken: Ct);
        foreach (var step in new[] { "open", "reveal", "close" })
        {
            (await staff.PostAsync($"/api/events/{ev.Id}/questions/{first.Id}/{step}", null, Ct)).EnsureSuccessStatusCode();
        }
        await Eventually(() => phone.QuestionChanges.LastOrDefault()?.State == QuestionState.Closed, TimeSpan.FromSeconds(30));

        (await staff.PostAsync($"/api/events/{ev.Id}/sessions/{ev.Sessions[1].Id}/start", null, Ct)).EnsureSuccessStatusCode();

        await Eventually(() => phone.QuestionChanges.TryPeek(out _) && phone.QuestionChanges.Last() is null, TimeSpan.FromSeconds(30));
        await using var late = await PhoneAsync();
        Assert.Null((await late.JoinAsync(ev.Code, cancellationToken: Ct)).CurrentQuestion); // a phone joining now waits for the next question
    }

    [Fact]
    public async Task A_question_copied_to_ask_again_later_keeps_its_wording_and_options_and_starts_unasked()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);

        using var response = await demo.Staff.PostAsync($"/api/events/{demo.Event.Id}/questions/{question.Id}/copy", null, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = (await response.Content.ReadFromJsonAsync<QuestionDto>(JsonDefaults.Options, Ct))!;

        Assert.NotEqual(question.Id, copy.Id);
        Assert.Equal((question.Type, question.Text, QuestionState.Draft), (copy.Type, copy.Text, copy.State));
        Assert.Equal(question.Options.Select(o => (o.Text, o.Colour)), copy.Options.Select(o => (o.Text, o.Colour)));
        var ev = await demo.Staff.GetFromJsonAsync<EventDto>($"/api/events/{demo.Event.Id}", JsonDefaults.Options, Ct);
        Assert.Equal(copy.Id, ev!.Sessions[^1].Questions[^1].Id);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.Staff.PostAsync($"/api/events/{demo.Event.Id}/questions/{Guid.NewGuid()}/copy", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_timer_out_of_range_is_refused()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var response = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Bad timer",
            sessions = new[] { new { title = "S", questions = new[] { new { type = "OpenText", text = "?", timerSeconds = 2 } } } },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sessions[0].questions[0].timerSeconds", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
