using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

/// <summary>The seeded GFMD18 event as the API returns it, and the moderator's steps on it.</summary>
public sealed class DemoEventApi(HttpClient staff) : IDisposable
{
    public HttpClient Staff => staff;

    public EventDto Event { get; private set; } = default!;

    public static async Task<DemoEventApi> LoadAsync(HttpClient staff, CancellationToken ct)
    {
        var api = new DemoEventApi(staff);
        var events = await staff.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, ct);
        var demo = events!.Single(e => e.Code == "GFMD18");
        api.Event = (await staff.GetFromJsonAsync<EventDto>($"/api/events/{demo.Id}", JsonDefaults.Options, ct))!;
        return api;
    }

    public QuestionDto Question(QuestionType type, int skip = 0) =>
        Event.Sessions.SelectMany(s => s.Questions).Where(q => q.Type == type).Skip(skip).First();

    public async Task StepAsync(Guid questionId, string step, CancellationToken ct)
    {
        var response = await staff.PostAsync($"/api/events/{Event.Id}/questions/{questionId}/{step}", null, ct);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => staff.Dispose();

    public async Task<QuestionResultsDto> ResultsAsync(Guid questionId, CancellationToken ct)
    {
        var results = await staff.GetFromJsonAsync<EventResultsDto>($"/api/events/{Event.Id}/results", JsonDefaults.Options, ct);
        return results!.Questions.Single(q => q.QuestionId == questionId);
    }
}
