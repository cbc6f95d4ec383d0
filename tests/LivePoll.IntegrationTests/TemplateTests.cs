using System.Net;
using System.Net.Http.Json;
using System.Text;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

public sealed class TemplateTests : AppTestBase
{
    [Fact]
    public async Task An_exported_event_imports_as_a_new_event_with_the_same_agenda_and_questions()
    {
        using var demo = await DemoAsync();
        var export = await demo.Staff.GetAsync($"/api/events/{demo.Event.Id}/export/json", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^what-role-for-capacity-building-in-turning-the-\d{4}-\d{2}-\d{2}\.json$", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var json = await export.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"results\"", json, StringComparison.Ordinal);

        var imported = await demo.Staff.PostAsync("/api/events", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var copy = (await imported.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;

        Assert.NotEqual(demo.Event.Id, copy.Id);
        Assert.NotEqual(demo.Event.Code, copy.Code);
        AssertSameAgenda(demo.Event, copy);
    }

    [Fact]
    public async Task Duplicating_an_event_copies_its_agenda_under_a_new_title_and_code()
    {
        using var demo = await DemoAsync();
        var response = await demo.Staff.PostAsync($"/api/events/{demo.Event.Id}/duplicate", null, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = (await response.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        Assert.StartsWith("Copy of What role for capacity building", copy.Title, StringComparison.Ordinal);
        AssertSameAgenda(demo.Event, copy);
        Assert.Equal(HttpStatusCode.NotFound, (await demo.Staff.PostAsync($"/api/events/{Guid.NewGuid()}/duplicate", null, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("""{"title":"Null session","sessions":[null]}""", "sessions[0].title")]
    [InlineData("""{"title":"Null question","sessions":[{"title":"S","questions":[null]}]}""", "sessions[0].questions[0].type")]
    [InlineData("""{"title":"Null option","sessions":[{"title":"S","questions":[{"type":"SingleChoice","text":"Q","options":[null,{"text":"B"}]}]}]}""", "sessions[0].questions[0].options[0].text")]
    [InlineData("""{"title":"Bad label","sessions":[{"title":"S","questions":[{"type":"Scale","text":"Q","scaleMinLabel":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}]}]}""", "sessions[0].questions[0].scaleMinLabel")]
    [InlineData("""{"title":"<script>alert(1)</script>","languages":["en","xx"]}""", "languages")]
    public async Task A_malformed_or_hostile_template_gets_a_clear_error_and_creates_nothing(string body, string field)
    {
        using var demo = await DemoAsync();
        var before = await CountAsync("Events");
        var response = await demo.Staff.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("Events"));
    }

    [Fact]
    public async Task Too_many_sessions_or_wrongly_typed_json_is_refused()
    {
        using var demo = await DemoAsync();
        var before = await CountAsync("Events");
        var huge = $$"""{"title":"Huge","sessions":[{{string.Join(",", Enumerable.Repeat("""{"title":"S"}""", 51))}}]}""";
        foreach (var body in new[] { huge, """{"title":"T","sessions":"oops"}""", """{"title":["a"]}""", """{"title":"T","sessions":[{"questions":[{"type":"Telepathy"}]}]}""", "[1,2" })
        {
            var response = await demo.Staff.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(before, await CountAsync("Events"));
    }

    private static void AssertSameAgenda(EventDto original, EventDto copy)
    {
        Assert.Equal(original.Languages, copy.Languages);
        Assert.Equal(original.Sessions.Select(s => (s.Title, s.PlannedMinutes)), copy.Sessions.Select(s => (s.Title, s.PlannedMinutes)));
        var originalQuestions = original.Sessions.SelectMany(s => s.Questions).ToList();
        var copiedQuestions = copy.Sessions.SelectMany(s => s.Questions).ToList();
        Assert.Equal(
            originalQuestions.Select(q => (q.Type, q.Text, q.Visibility, q.MaxChoices, q.ScaleMin, q.ScaleMax, q.ScaleMinLabel, q.ScaleMaxLabel)),
            copiedQuestions.Select(q => (q.Type, q.Text, q.Visibility, q.MaxChoices, q.ScaleMin, q.ScaleMax, q.ScaleMinLabel, q.ScaleMaxLabel)));
        Assert.Equal(
            originalQuestions.SelectMany(q => q.Options).Select(o => (o.Text, o.Colour)),
            copiedQuestions.SelectMany(q => q.Options).Select(o => (o.Text, o.Colour)));
        Assert.All(copiedQuestions, q => Assert.Equal(LivePoll.Domain.Questions.QuestionState.Draft, q.State));
        Assert.Empty(copiedQuestions.Select(q => q.Id).Intersect(originalQuestions.Select(q => q.Id)));
    }
}
