using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace LivePoll.IntegrationTests;

/// <summary>Every bad input gets a clear error and changes nothing.</summary>
public sealed class BadInputTests : AppTestBase
{
    [Theory]
    [InlineData("NOPE99")]
    [InlineData("")]
    [InlineData("<script>")]
    public async Task Join_with_an_unknown_code_fails_and_creates_nothing(string code)
    {
        await using var phone = await PhoneAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => phone.JoinAsync(code, cancellationToken: Ct));
        Assert.Contains("No event has this code", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("Participants"));
    }

    [Fact]
    public async Task Submit_before_join_is_refused()
    {
        await using var phone = await PhoneAsync();
        var result = await phone.VoteAsync(Guid.NewGuid(), Guid.NewGuid());
        Assert.False(result.Ok);
        Assert.Equal("Join the event before voting.", result.Error);
    }

    [Fact]
    public async Task Bad_ballots_are_refused_with_a_reason_and_nothing_is_stored()
    {
        using var demo = await DemoAsync();
        var single = demo.Question(QuestionType.SingleChoice);
        var multiple = demo.Question(QuestionType.MultipleChoice);
        var notOpened = demo.Question(QuestionType.SingleChoice, skip: 1);
        await demo.StepAsync(single.Id, "open", Ct);
        await demo.StepAsync(multiple.Id, "open?keepOthersOpen=true", Ct);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        var o = multiple.Options.Select(x => x.Id).ToArray();
        (SubmitRequest Request, string Error)[] cases =
        [
            (new(Guid.NewGuid(), [single.Options[0].Id]), "This question is not part of the event."),
            (new(notOpened.Id, [notOpened.Options[0].Id]), "This question is not open yet."),
            (new(single.Id, [multiple.Options[0].Id]), "That option does not belong to this question."),
            (new(single.Id, [single.Options[0].Id, single.Options[1].Id]), "Choose only one option."),
            (new(single.Id, []), "Choose an option."),
            (new(single.Id), "Choose an option."),
            (new(multiple.Id, [o[0], o[1], o[2]]), "Choose at most 2 options."),
            (new(multiple.Id, [o[0], o[0]]), "An option was chosen twice."),
        ];
        foreach (var (request, expected) in cases)
        {
            var result = await phone.SubmitAsync(request, Ct);
            Assert.False(result.Ok);
            Assert.Equal(expected, result.Error);
        }
        Assert.False((await phone.Connection.InvokeAsync<SubmitResult>("Submit", null, Ct)).Ok);

        await demo.StepAsync(single.Id, "close", Ct);
        var closed = await phone.VoteAsync(single.Id, single.Options[0].Id);
        Assert.Equal("This question is closed.", closed.Error);
        Assert.Equal(0L, await CountAsync("Responses"));
    }

    [Fact]
    public async Task Malformed_and_oversized_hub_payloads_fail_without_harm()
    {
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);
        await Assert.ThrowsAsync<HubException>(() => phone.Connection.InvokeAsync<SubmitResult>("Submit", new { questionId = "not-a-guid" }, Ct));
        await Assert.ThrowsAsync<HubException>(() => phone.Connection.InvokeAsync<SubmitResult>("Submit", 42, Ct));

        await using var flooder = await PhoneAsync();
        var huge = new string('x', 100_000);
        await Assert.ThrowsAnyAsync<Exception>(() => flooder.Connection.InvokeAsync<SubmitResult>("Submit", new { questionId = Guid.NewGuid(), text = huge }, Ct));

        // the server is still up and answers the first phone
        var afterwards = await phone.VoteAsync(Guid.NewGuid(), Guid.NewGuid());
        Assert.False(afterwards.Ok);
        Assert.Equal(0L, await CountAsync("Responses"));
    }

    [Fact]
    public async Task The_api_refuses_anonymous_callers_and_bad_events_with_problem_details()
    {
        using var anonymous = App.CreateClient();
        var refused = await anonymous.GetAsync("/api/events", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var staff = await App.CreateStaffClientAsync(Ct);
        var before = await CountAsync("Events");
        foreach (var body in new object[]
        {
            new { title = "" },
            new { title = new string('t', 201) },
            new { title = "Fine", sessions = new[] { new { title = "S", questions = new[] { new { type = "SingleChoice", text = "Q?", options = new[] { new { text = "only one" } } } } } } },
            new { title = "Fine", sessions = new[] { new { title = "S", questions = new[] { new { type = "Poll", text = "Q?" } } } } },
        })
        {
            var response = await staff.PostAsJsonAsync("/api/events", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var malformed = await staff.PostAsync("/api/events", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(before, await CountAsync("Events"));

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/events/{Guid.NewGuid()}", Ct)).StatusCode);
        var demo = await DemoEventApi.LoadAsync(staff, Ct);
        var unknownQuestion = await staff.PostAsync($"/api/events/{demo.Event.Id}/questions/{Guid.NewGuid()}/open", null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownQuestion.StatusCode);
        Assert.Equal("application/problem+json", unknownQuestion.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_valid_event_is_created_with_its_own_code()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        var response = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Board meeting",
            languages = new[] { "en", "fr" },
            sessions = new[] { new { title = "Votes", questions = new[] { new { type = "SingleChoice", text = "Agree?", options = new[] { new { text = "Yes", colour = "green" }, new { text = "No", colour = "red" } } } } } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<LivePoll.Web.Features.Events.EventDto>(LivePoll.Web.Infrastructure.JsonDefaults.Options, Ct);
        Assert.Equal($"/api/events/{created!.Id}", response.Headers.Location?.ToString());
        Assert.NotEqual("GFMD18", created.Code);
        Assert.Equal(6, created.Code.Length);
        Assert.Equal(["Yes", "No"], created.Sessions[0].Questions[0].Options.Select(o => o.Text));
        Assert.Contains("\"type\":\"SingleChoice\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

}
