using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;

namespace LivePoll.IntegrationTests;

/// <summary>Every question type of the demo event, voted through the hub and read back through the API.</summary>
public sealed class QuestionTypeTests : AppTestBase
{
    [Fact]
    public async Task Scale_votes_give_mean_median_and_distribution_and_out_of_range_values_are_refused()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.Scale);
        await demo.StepAsync(question.Id, "open", Ct);
        var phones = await JoinedPhonesAsync(4);

        Assert.All(await Task.WhenAll(new[] { 1, 2, 2, 5 }.Select((v, i) => phones[i].SubmitAsync(new SubmitRequest(question.Id, Value: v), Ct))),
            r => Assert.True(r.Ok));
        foreach (var bad in new int?[] { 0, 6, -1, int.MaxValue, null })
        {
            Assert.False((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Value: bad), Ct)).Ok);
        }

        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal(4, results.Participants);
        Assert.Equal(2.5, results.Mean);
        Assert.Equal(2.0, results.Median);
        Assert.Equal([1, 2, 0, 0, 1], results.Distribution!.Select(d => d.Count));
        Assert.Equal(("Not ready", "Fully ready"), (question.ScaleMinLabel, question.ScaleMaxLabel));
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task Rankings_give_average_rank_and_borda_points_and_incomplete_rankings_are_refused()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.Ranking);
        var ids = question.Options.Select(o => o.Id).ToList();
        await demo.StepAsync(question.Id, "open", Ct);
        var phones = await JoinedPhonesAsync(2);

        Assert.True((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Ranking: ids), Ct)).Ok);
        Assert.True((await phones[1].SubmitAsync(new SubmitRequest(question.Id, Ranking: [.. Enumerable.Reverse(ids)]), Ct)).Ok);
        Assert.False((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Ranking: [ids[0], ids[0], ids[1], ids[2], ids[3]]), Ct)).Ok);
        Assert.False((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Ranking: ids.Skip(1).ToList()), Ct)).Ok);
        Assert.False((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Ranking: [.. ids.Skip(1), Guid.NewGuid()]), Ct)).Ok);

        var results = await demo.ResultsAsync(question.Id, Ct);
        var n = ids.Count;
        // Each option is first for one phone and last for the other, or somewhere in between: average rank (n + 1) / 2.
        Assert.All(results.Options, o => Assert.Equal((n + 1) / 2.0, o.AverageRank));
        Assert.All(results.Options, o => Assert.Equal(n - 1, o.Points));
        var (rejoined, _) = await RejoinAsync(phones[1]);
        Assert.Equal(Enumerable.Reverse(ids), rejoined.MyResponse!.Ranking!);
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task Open_text_answers_become_word_counts_and_empty_or_too_long_answers_are_refused()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.OpenText);
        await demo.StepAsync(question.Id, "open", Ct);
        var phones = await JoinedPhonesAsync(3);

        Assert.True((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Text: "Funding"), Ct)).Ok);
        Assert.True((await phones[1].SubmitAsync(new SubmitRequest(question.Id, Text: "funding!"), Ct)).Ok);
        Assert.True((await phones[2].SubmitAsync(new SubmitRequest(question.Id, Text: "Political will and funding"), Ct)).Ok);
        Assert.False((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Text: "   "), Ct)).Ok);
        Assert.False((await phones[0].SubmitAsync(new SubmitRequest(question.Id, Text: new string('x', 281)), Ct)).Ok);

        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal(3, results.Answers);
        // "will" and "and" are stop words of a multi-word answer; a one-word answer always counts.
        Assert.Equal([("funding", 3), ("political", 1)], results.Words!.Select(w => (w.Text, w.Count)));
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task The_plain_form_ranks_by_chosen_places_and_refuses_two_items_in_the_same_place()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.Ranking);
        await demo.StepAsync(question.Id, "open", Ct);
        using var browser = PhonePage.Browser(App.BaseAddress);
        var page = await browser.GetStringAsync("/j/GFMD18", Ct);
        Assert.Contains($"name=\"rank-{question.Options[0].Id}\"", page, StringComparison.Ordinal);
        var token = PhonePage.AntiforgeryToken(page);

        FormUrlEncodedContent Form(Func<int, int> placeOf) => new(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["questionId"] = question.Id.ToString() }
                .Concat(question.Options.Select((o, i) => KeyValuePair.Create($"rank-{o.Id}", placeOf(i).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var duplicate = await browser.PostAsync("/j/GFMD18", Form(i => i == 1 ? 1 : i + 1), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("Give each item a different place", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, (await demo.ResultsAsync(question.Id, Ct)).Participants);

        var reversed = await browser.PostAsync("/j/GFMD18", Form(i => question.Options.Count - i), Ct);
        Assert.Equal(HttpStatusCode.SeeOther, reversed.StatusCode);
        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal(1, results.Participants);
        Assert.Equal(question.Options.Count - 1, results.Options[^1].Points); // the last option was put first
        Assert.Equal(0, results.Options[0].Points);
    }

    [Fact]
    public async Task An_open_question_set_to_count_phrases_keeps_multi_word_answers_whole_and_its_export_says_so()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Phrases",
            sessions = new[] { new { title = "Part", questions = new[] { new { type = "OpenText", text = "What is missing?", countsPhrases = true } } } },
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<LivePoll.Web.Features.Events.EventDto>(LivePoll.Web.Infrastructure.JsonDefaults.Options, Ct))!;
        var question = ev.Sessions[0].Questions[0];
        (await staff.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        var phones = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PhoneAsync()));
        foreach (var (phone, answer) in phones.Zip(["Political will", "political will!", "Funding"]))
        {
            await phone.JoinAsync(ev.Code, cancellationToken: Ct);
            Assert.True((await phone.SubmitAsync(new SubmitRequest(question.Id, Text: answer), Ct)).Ok);
        }

        var results = await staff.GetFromJsonAsync<LivePoll.Web.Features.Reports.EventResultsDto>(
            $"/api/events/{ev.Id}/results", LivePoll.Web.Infrastructure.JsonDefaults.Options, Ct);
        Assert.Equal([("political will", 2), ("funding", 1)], results!.Questions[0].Words!.Select(w => (w.Text, w.Count)));
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await staff.GetStringAsync($"/api/events/{ev.Id}/export/json", Ct))!;
        Assert.True((bool)exported["sessions"]![0]!["questions"]![0]!["countsPhrases"]!); // an import keeps the choice
        await DisposeAllAsync(phones);
    }

    private async Task<Phone[]> JoinedPhonesAsync(int count)
    {
        var phones = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => PhoneAsync()));
        await Task.WhenAll(phones.Select(p => p.JoinAsync("GFMD18", cancellationToken: Ct)));
        return phones;
    }

    private async Task<(JoinResponse Joined, Phone Phone)> RejoinAsync(Phone phone)
    {
        await using var again = await PhoneAsync();
        return (await again.JoinAsync("GFMD18", phone.Joined!.ParticipantToken, Ct), again);
    }

}
