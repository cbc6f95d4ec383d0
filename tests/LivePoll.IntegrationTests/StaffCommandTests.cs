using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

/// <summary>
/// Several staff members (and timers) acting on one event: a step repeated is a step done once, every state change is
/// in the activity log, and however the steps race, the app's live state and the database agree.
/// </summary>
public sealed class StaffCommandTests : AppTestBase
{
    [Fact]
    public async Task A_step_sent_twice_is_done_once_and_an_implicit_close_is_in_the_activity_log()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateTwoQuestionEventAsync(admin);
        var (first, second) = (ev.Sessions[0].Questions[0], ev.Sessions[0].Questions[1]);

        foreach (var (question, step) in new[] { (first, "open"), (first, "open"), (second, "open"), (second, "close"), (second, "close"), (second, "reveal"), (second, "reveal") })
        {
            using var answer = await admin.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/{step}", null, Ct);
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }

        var states = await StatesInMemoryAsync(admin, ev.Id);
        Assert.Equal(QuestionState.Closed, states[first.Id]); // closed when the second one opened
        Assert.Equal(QuestionState.Closed, states[second.Id]);
        var log = (await admin.GetFromJsonAsync<List<AuditEntryDto>>($"/api/events/{ev.Id}/audit", JsonDefaults.Options, Ct))!;
        Assert.Equal(
            ["Revealed results: Second?", "Closed question: Second?", "Opened question: Second?", "Closed question: First?", "Opened question: First?"],
            log.Select(e => $"{e.Action}: {e.Detail}"));
    }

    [Fact]
    public async Task Steps_racing_from_several_consoles_leave_memory_and_database_in_agreement()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateTwoQuestionEventAsync(admin);
        var questions = ev.Sessions[0].Questions;
        var steps = new[] { "open", "close", "reveal", "hide" };
        var random = new Random(18);
        var racing = Enumerable.Range(0, 60).Select(i => (Question: questions[random.Next(questions.Count)], Step: steps[random.Next(steps.Length)])).ToList();

        var answers = await Task.WhenAll(racing.Select(async step =>
        {
            using var answer = await admin.PostAsync($"/api/events/{ev.Id}/questions/{step.Question.Id}/{step.Step}", null, Ct);
            return answer.StatusCode;
        }));

        // a step that does not apply (closing a question never opened) is refused; nothing fails otherwise
        Assert.All(answers, status => Assert.Contains(status, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        var inMemory = await StatesInMemoryAsync(admin, ev.Id);
        var inDatabase = await StatesInDatabaseAsync(ev.Id);
        Assert.Equal(inDatabase.OrderBy(p => p.Key).ToList(), inMemory.OrderBy(p => p.Key).ToList());
        Assert.True(inMemory.Values.Count(s => s == QuestionState.Open) <= 1, "opening one question closes the other");
    }

    private static async Task<EventDto> CreateTwoQuestionEventAsync(HttpClient staff)
    {
        using var response = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Two questions",
            sessions = new[]
            {
                new
                {
                    title = "Part",
                    questions = new[] { "First?", "Second?" }.Select(text => new { type = "SingleChoice", text, options = new[] { new { text = "Yes" }, new { text = "No" } } }),
                },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
    }

    /// <summary>The states the app works with: the results API answers from its live state.</summary>
    private static async Task<Dictionary<Guid, QuestionState>> StatesInMemoryAsync(HttpClient staff, Guid eventId)
    {
        var results = await staff.GetFromJsonAsync<EventResultsDto>($"/api/events/{eventId}/results", JsonDefaults.Options, Ct);
        return results!.Questions.ToDictionary(q => q.QuestionId, q => q.State);
    }

    private async Task<Dictionary<Guid, QuestionState>> StatesInDatabaseAsync(Guid eventId)
    {
        await using var db = App.OpenDatabase();
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT q."Id", q."State" FROM "Questions" q JOIN "AgendaSessions" s ON s."Id" = q."SessionId" WHERE s."EventId" = @id
            """;
        command.AddParameter("@id", LivePollAppFactory.StoredId(eventId));
        var states = new Dictionary<Guid, QuestionState>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            var id = reader.GetValue(0) is Guid guid ? guid : Guid.Parse(reader.GetString(0));
            var state = reader.GetValue(1);
            states[id] = state is string name ? Enum.Parse<QuestionState>(name) : (QuestionState)Convert.ToInt32(state, System.Globalization.CultureInfo.InvariantCulture);
        }
        return states;
    }
}
