using System.Net;
using System.Net.Http.Json;
using System.Text;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace LivePoll.IntegrationTests;

/// <summary>
/// Hostile input, systematically: every body-taking API endpoint and the hub's methods get malformed JSON, wrong
/// types, huge strings and arrays, overflowing numbers, unknown ids and other events' ids. Each answer is a 4xx
/// (or a hub error / { ok: false }), the server keeps serving, and the database is exactly as before.
/// </summary>
public sealed class FuzzTests : AppTestBase
{
    private static readonly string Huge = new('x', 1_000_000);

    private static readonly string[] HostileBodies =
    [
        "{", "not json", "[]", "null", "42", "\"text\"", "{\"title\":", "{\"counts\":{}}",
        "{\"title\":123,\"sessions\":\"many\"}",
        "{\"counts\":[{\"optionId\":\"x\",\"count\":\"many\"}]}",
        "{\"counts\":[{\"optionId\":\"00000000-0000-0000-0000-000000000000\",\"count\":1e30}]}",
        "{\"counts\":[{\"optionId\":null,\"count\":-2147483649}]}",
        "{\"email\":[1,2,3],\"role\":{\"a\":1}}",
        "{\"email\":\"a@b.org\",\"role\":99}",
        "{\"title\":\"" + Huge + "\"}",
        "{\"counts\":[" + string.Join(",", Enumerable.Repeat("{\"optionId\":\"00000000-0000-0000-0000-000000000001\",\"count\":1}", 100_000)) + "]}",
        new string('[', 5000) + new string(']', 5000),
        "{\"title\":\"T\",\"sessions\":[" + string.Join(",", Enumerable.Repeat("{\"title\":\"S\",\"questions\":[]}", 10_000)) + "]}",
    ];

    [Fact]
    public async Task Hostile_api_bodies_and_ids_get_4xx_problem_details_and_change_nothing()
    {
        using var demo = await DemoAsync();
        var staff = demo.Staff;
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        var otherEvent = await CreateYesNoEventAsync(staff, "Other");
        var foreignQuestion = otherEvent.Sessions[0].Questions[0];
        var before = await DatabaseStateAsync(staff, demo.Event.Id);

        var e = demo.Event.Id;
        (string Method, string Path)[] withBodies =
        [
            ("POST", "/api/events"),
            ("PUT", $"/api/events/{e}/questions/{question.Id}/cards"),
            ("POST", $"/api/events/{e}/people/invitations"),
        ];
        foreach (var (method, path) in withBodies)
        {
            foreach (var body in HostileBodies)
            {
                using var response = await staff.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                }, Ct);
                var code = (int)response.StatusCode;
                Assert.True(code is >= 400 and < 500, $"{method} {path} with {Describe(body)} gave {code}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        // unknown ids, another event's ids, ids that are not ids
        string[] badPaths =
        [
            $"/api/events/{Guid.NewGuid()}", $"/api/events/{e}/questions/{Guid.NewGuid()}/open",
            $"/api/events/{e}/questions/{foreignQuestion.Id}/open", $"/api/events/{e}/questions/{foreignQuestion.Id}/reveal",
            $"/api/events/{e}/sessions/{otherEvent.Sessions[0].Id}/start", $"/api/events/{e}/qna/{Guid.NewGuid()}/approve",
            $"/api/events/{e}/people/{Guid.NewGuid()}", "/api/events/not-a-guid", $"/api/events/{e}/export/..%2F..%2Fetc%2Fpasswd",
        ];
        foreach (var path in badPaths)
        {
            foreach (var method in new[] { "GET", "POST", "DELETE" })
            {
                using var response = await staff.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);
                var code = (int)response.StatusCode;
                Assert.True(code is >= 400 and < 500, $"{method} {path} gave {code}");
            }
        }

        Assert.Equal(before, await DatabaseStateAsync(staff, e));
        using var health = await App.CreateClient().GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Hostile_hub_calls_fail_cleanly_replays_and_twin_connections_keep_one_answer()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        var multiple = demo.Question(QuestionType.MultipleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);
        var before = await DatabaseStateAsync(demo.Staff, demo.Event.Id);

        // wrong shapes and types: a hub error, the connection lives on
        object?[] wrongArguments =
        [
            new { questionId = "not-a-guid" }, new { questionId = question.Id, optionIds = "all" }, 42, "text", null,
            new { questionId = question.Id, value = 1e300 }, new { questionId = question.Id, optionIds = new[] { new { nested = true } } },
        ];
        foreach (var argument in wrongArguments)
        {
            try
            {
                var result = await phone.Connection.InvokeAsync<SubmitResult>("Submit", argument, Ct);
                Assert.False(result.Ok);
            }
            catch (HubException)
            {
                // refused by the hub: as expected
            }
        }
        await Assert.ThrowsAnyAsync<Exception>(() => phone.Connection.InvokeAsync<SubmitResult>("Submit", "a", "b", "c", Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => phone.Connection.InvokeAsync<object>("NoSuchMethod", Ct));

        // values that parse but break the rules
        SubmitRequest[] refused =
        [
            new(Guid.NewGuid(), [question.Options[0].Id]), new(question.Id, [Guid.NewGuid()]), new(question.Id, []),
            new(question.Id, [.. Enumerable.Range(0, 300).Select(_ => question.Options[0].Id)]),
            new(question.Id, [question.Options[0].Id, question.Options[1].Id]), new(multiple.Id, [multiple.Options[0].Id]),
            new(question.Id, Text: new string('x', 5000)), new(question.Id, Value: int.MinValue),
        ];
        foreach (var request in refused)
        {
            Assert.False((await phone.SubmitAsync(request, Ct)).Ok, $"{request} was accepted");
        }
        Assert.False((await phone.AskAsync(new string('?', 5_000))).Ok);
        Assert.False((await phone.UpvoteAsync(Guid.NewGuid())).Ok);
        Assert.False((await phone.SetGroupAsync("Not a group")).Ok);
        // over the hub's message size limit: that connection is closed, nothing else is harmed
        await using (var oversized = await PhoneAsync())
        {
            await oversized.JoinAsync("GFMD18", phone.Joined!.ParticipantToken, Ct);
            await Assert.ThrowsAnyAsync<Exception>(() => oversized.AskAsync(new string('?', 200_000)));
            await Assert.ThrowsAnyAsync<Exception>(() => oversized.SubmitAsync(new SubmitRequest(question.Id, [.. Enumerable.Range(0, 5000).Select(_ => Guid.NewGuid())]), Ct));
        }
        Assert.Equal(before, await DatabaseStateAsync(demo.Staff, demo.Event.Id));
        Assert.Equal(HubConnectionState.Connected, phone.Connection.State);

        // the same vote replayed at once, and five connections sharing one token: one stored answer, counted once
        // (after a pause: the refused calls above used up this participant's vote budget for a moment)
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        var replays = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => phone.VoteAsync(question.Id, question.Options[0].Id)));
        Assert.All(replays, r => Assert.True(r.Ok));
        var twins = new List<Phone>();
        for (var i = 0; i < 5; i++)
        {
            var twin = await PhoneAsync();
            await twin.JoinAsync("GFMD18", phone.Joined!.ParticipantToken, Ct);
            twins.Add(twin);
        }
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        var twinVotes = await Task.WhenAll(twins.Select((t, i) => t.VoteAsync(question.Id, question.Options[i % 2].Id)));
        Assert.All(twinVotes, r => Assert.True(r.Ok));
        Assert.Equal(1, (await demo.ResultsAsync(question.Id, Ct)).Participants);
        Assert.Equal(1L, await CountAsync("Responses"));
        Assert.Equal(1L, await CountAsync("Participants"));
        foreach (var twin in twins)
        {
            await twin.DisposeAsync();
        }
    }

    private static string Describe(string body) => body.Length > 60 ? $"{body[..40]}… ({body.Length:N0} chars)" : body;

    /// <summary>The row count of every table, and the event as the API shows it.</summary>
    private async Task<string> DatabaseStateAsync(HttpClient staff, Guid eventId)
    {
        var counts = new List<string>();
        foreach (var table in new[] { "Events", "AgendaSessions", "Questions", "QuestionOptions", "Participants", "Responses", "CardCountChanges", "AudienceQuestions", "AudienceQuestionVotes", "EventMembers", "Invitations", "AuditEntries" })
        {
            counts.Add($"{table}={await CountAsync(table)}");
        }
        return string.Join(",", counts) + "\n" + await staff.GetStringAsync($"/api/events/{eventId}", Ct);
    }
}
