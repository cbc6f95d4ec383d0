using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Operations;
using LivePoll.Web.Features.Rehearsal;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

/// <summary>
/// A rehearsal of the GFMD voting exercise with a simulated room: the simulated phones vote through the writer like real
/// ones, every file says it is a rehearsal, and going live leaves no row of it behind while a real phone keeps working.
/// </summary>
[Collection(MetricsReadingTests.Name)]
public sealed class RehearsalTests : AppTestBase
{
    private const string RehearsalNotice = "Rehearsal: these results come from a rehearsal and are removed when the event goes live.";

    [Fact]
    public async Task A_room_of_220_simulated_phones_votes_through_the_writer_and_going_live_leaves_nothing_behind()
    {
        using var demo = await DemoAsync();
        var ev = demo.Event;
        var choice = demo.Question(QuestionType.SingleChoice);
        var openText = demo.Question(QuestionType.OpenText);
        using var committed = new CommittedWrites();
        await using var realPhone = await PhoneAsync();
        await realPhone.JoinInAsync(ev.Code, "fr", cancellationToken: Ct);

        using (var started = await demo.Staff.PostAsJsonAsync($"/api/events/{ev.Id}/rehearsal", new { phones = 220 }, Ct))
        {
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        }
        await Eventually(() => realPhone.RehearsalChanges.Contains(true));
        Assert.True((await EventAsync(demo)).Rehearsal);
        await Eventually(() => Status(demo).Joined == 220, TimeSpan.FromSeconds(30));

        // the moderator opens the first vote: the room answers it at a human pace, and so does the real phone
        await demo.StepAsync(choice.Id, "open", Ct);
        Assert.True((await realPhone.VoteAsync(choice.Id, choice.Options[1].Id)).Ok);
        await Eventually(() => demo.ResultsAsync(choice.Id, Ct).Result.Participants >= 150, TimeSpan.FromSeconds(60));
        var results = await demo.ResultsAsync(choice.Id, Ct);
        Assert.InRange(results.Participants, 150, 221);
        Assert.True(results.Options.Count(o => o.Phone > 0) >= 2, "a room splits its votes");
        Assert.True(committed.Of("participant") >= 220 && committed.Of("response") >= 150, "the simulated phones went through the writer");

        await demo.StepAsync(openText.Id, "open", Ct);
        await Eventually(() => demo.ResultsAsync(openText.Id, Ct).Result.Words is { Count: > 2 }, TimeSpan.FromSeconds(60));
        Assert.True((await realPhone.AskAsync("Qui finance la formation ?")).Ok);
        using (var cards = await demo.Staff.PutAsJsonAsync($"/api/events/{ev.Id}/questions/{choice.Id}/cards",
            new { counts = new[] { new { optionId = choice.Options[0].Id, count = 12 } } }, Ct))
        {
            cards.EnsureSuccessStatusCode();
        }

        // a file taken now says it is a rehearsal, in its name and in its text
        using (var csv = await demo.Staff.GetAsync($"/api/events/{ev.Id}/export/csv", Ct))
        {
            Assert.Contains("-rehearsal-", csv.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        }
        foreach (var format in MarkedFormats)
        {
            Assert.Contains(RehearsalNotice, await ExportTextAsync(demo, format), StringComparison.Ordinal);
        }

        // go live: everything of the rehearsal goes, questions are drafts again, phones hear of it
        using var wentLive = await demo.Staff.PostAsync($"/api/events/{ev.Id}/golive", null, Ct);
        wentLive.EnsureSuccessStatusCode();
        var removed = (await wentLive.Content.ReadFromJsonAsync<GoLiveSummary>(JsonDefaults.Options, Ct))!;
        Assert.Equal(220, removed.SimulatedPhones);
        Assert.True(removed.Responses >= 150 && removed.AudienceQuestions >= 1 && removed.CardCountChanges == 1, removed.ToString());
        await Eventually(() => realPhone.RehearsalChanges.LastOrDefault() == false);

        Assert.Equal(0L, await CountAsync("Responses"));
        Assert.Equal(0L, await CountAsync("AudienceQuestions"));
        Assert.Equal(0L, await CountAsync("AudienceQuestionVotes"));
        Assert.Equal(0L, await CountAsync("CardCountChanges"));
        Assert.Equal(1L, await CountAsync("Participants")); // the real phone, still joined
        var after = await EventAsync(demo);
        Assert.False(after.Rehearsal);
        Assert.All(after.Sessions.SelectMany(s => s.Questions), q => Assert.Equal(QuestionState.Draft, q.State));
        Assert.All(after.Sessions, s => Assert.Null(s.StartedAt));
        Assert.Null(Status(demo).Phones);
        var resultsAfter = (await demo.Staff.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct))!;
        Assert.All(resultsAfter.Questions, q => Assert.True(q.Participants == 0 && q.Options.All(o => o.Total == 0), $"{q.QuestionId} still counts"));

        // no export holds anything of the rehearsal, nor says it is one
        var csvAfter = await demo.Staff.GetStringAsync($"/api/events/{ev.Id}/export/csv", Ct);
        Assert.Single(csvAfter.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header alone
        foreach (var format in MarkedFormats.Append("json"))
        {
            var text = await ExportTextAsync(demo, format);
            Assert.DoesNotContain(RehearsalNotice, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Qui finance la formation", text, StringComparison.Ordinal);
        }
        var json = System.Text.Json.Nodes.JsonNode.Parse(await ExportTextAsync(demo, "json"))!;
        Assert.False(json["rehearsal"]!.GetValue<bool>());
        Assert.All(json["results"]!["questions"]!.AsArray(), q => Assert.Equal(0, q!["participants"]!.GetValue<int>()));

        // the real phone, joined during the rehearsal, votes in the real event with its same token
        await demo.StepAsync(choice.Id, "open", Ct);
        Assert.True((await realPhone.VoteAsync(choice.Id, choice.Options[0].Id)).Ok);
        Assert.Equal(1, (await demo.ResultsAsync(choice.Id, Ct)).Participants);
    }

    [Fact]
    public async Task Bad_requests_change_nothing_and_going_live_twice_is_refused()
    {
        using var demo = await DemoAsync();
        var ev = demo.Event;
        foreach (var phones in new[] { -1, 2001 })
        {
            using var refused = await demo.Staff.PostAsJsonAsync($"/api/events/{ev.Id}/rehearsal", new { phones }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        Assert.False((await EventAsync(demo)).Rehearsal);
        // going live without a rehearsal would delete real answers
        using (var notRehearsing = await demo.Staff.PostAsync($"/api/events/{ev.Id}/golive", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, notRehearsing.StatusCode);
        }

        // a rehearsal with real phones only (no simulated room), then going live twice: the second is refused, nothing moves
        (await demo.Staff.PostAsJsonAsync($"/api/events/{ev.Id}/rehearsal", new { phones = 0 }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(new RehearsalDto(true, null, null), Status(demo));
        var choice = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(choice.Id, "open", Ct);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync(ev.Code, cancellationToken: Ct);
        Assert.True((await phone.VoteAsync(choice.Id, choice.Options[0].Id)).Ok);
        (await demo.Staff.PostAsync($"/api/events/{ev.Id}/golive", null, Ct)).EnsureSuccessStatusCode();
        await demo.StepAsync(choice.Id, "open", Ct);
        Assert.True((await phone.VoteAsync(choice.Id, choice.Options[1].Id)).Ok);
        using (var again = await demo.Staff.PostAsync($"/api/events/{ev.Id}/golive", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        Assert.Equal(1, (await demo.ResultsAsync(choice.Id, Ct)).Participants);
        Assert.Equal(1L, await CountAsync("Responses"));

        // an ended event is reopened before it is rehearsed
        (await demo.Staff.PostAsync($"/api/events/{ev.Id}/end", null, Ct)).EnsureSuccessStatusCode();
        using var ended = await demo.Staff.PostAsJsonAsync($"/api/events/{ev.Id}/rehearsal", new { phones = 10 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
    }

    /// <summary>The files a rapporteur takes away that carry text: each says it comes from a rehearsal.</summary>
    private static readonly string[] MarkedFormats = ["html", "docx", "xlsx", "pptx"];

    /// <summary>An export's text as a reader of the file finds it: the document itself, or every XML part of an Office package.</summary>
    private static async Task<string> ExportTextAsync(DemoEventApi demo, string format)
    {
        var bytes = await demo.Staff.GetByteArrayAsync($"/api/events/{demo.Event.Id}/export/{format}", Ct);
        if (format is "html" or "json")
        {
            return Encoding.UTF8.GetString(bytes);
        }
        using var package = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var part in package.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(part.Open());
            text.Append(System.Net.WebUtility.HtmlDecode(await reader.ReadToEndAsync(Ct)));
        }
        return text.ToString();
    }

    private static async Task<EventDto> EventAsync(DemoEventApi demo) =>
        (await demo.Staff.GetFromJsonAsync<EventDto>($"/api/events/{demo.Event.Id}", JsonDefaults.Options, Ct))!;

    private static RehearsalDto Status(DemoEventApi demo) =>
        demo.Staff.GetFromJsonAsync<RehearsalDto>($"/api/events/{demo.Event.Id}/rehearsal", JsonDefaults.Options, Ct).Result!;

    /// <summary>The writer's own count of what it committed, by kind (the app's metrics, read as any listener would).</summary>
    private sealed class CommittedWrites : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _byKind = new();

        public CommittedWrites()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LivePollMetrics.MeterName && instrument.Name == "livepoll.writes.committed")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "kind" && tag.Value is string kind)
                    {
                        _byKind.AddOrUpdate(kind, value, (_, before) => before + value);
                    }
                }
            });
            _listener.Start();
        }

        public long Of(string kind) => _byKind.GetValueOrDefault(kind);

        public void Dispose() => _listener.Dispose();
    }
}
