using System.Net;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Voting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace LivePoll.IntegrationTests;

/// <summary>With the default limits: a whole venue behind one address joins, and people vote as fast as people do.</summary>
public sealed class DefaultRateLimitTests : AppTestBase
{
    [Fact]
    public async Task A_thousand_phones_join_from_one_address_within_a_minute_and_two_votes_a_second_all_count()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);

        // 1,000 new participants from 127.0.0.1: 10 connections joining 100 times each as new phones
        var joined = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            await using var phone = await PhoneAsync();
            for (var i = 0; i < 100; i++)
            {
                await phone.JoinAsync("GFMD18", cancellationToken: Ct);
            }
            return 100;
        }));
        Assert.Equal(1000, joined.Sum());
        Assert.Equal(1000, await CountAsync("Participants"));

        // one participant voting twice a second for five seconds: every vote acknowledged
        await using var voter = await PhoneAsync();
        await voter.JoinAsync("GFMD18", cancellationToken: Ct);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await voter.VoteAsync(question.Id, question.Options[i % 2].Id)).Ok);
            await Task.Delay(500, Ct);
        }
    }
}

/// <summary>With small limits, each one refuses with a clear message, and what was refused is not stored.</summary>
public sealed class RateLimitRefusalTests() : AppTestBase(new LivePollAppFactory
{
    Customize = builder => builder
        .UseSetting("LivePoll:RateLimits:JoinsPerMinutePerAddress", "20")
        .UseSetting("LivePoll:RateLimits:UnknownCodesPerMinutePerPhone", "5")
        .UseSetting("LivePoll:RateLimits:SubmitsPerSecondPerParticipant", "2")
        .UseSetting("LivePoll:RateLimits:QuestionsPerMinutePerParticipant", "2"),
})
{
    private const string SlowDown = "You are going too fast. Wait a moment, then try again.";

    [Fact]
    public async Task Joins_code_guesses_votes_and_questions_over_their_limit_are_refused_and_store_nothing()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        await using var phone = await PhoneAsync();

        // new participants: the 21st within the minute is refused; a known token still rejoins
        for (var i = 0; i < 20; i++)
        {
            await phone.JoinAsync("GFMD18", cancellationToken: Ct);
        }
        var token = phone.Joined!.ParticipantToken;
        var refused = await Assert.ThrowsAsync<HubException>(() => phone.JoinAsync("GFMD18", cancellationToken: Ct));
        Assert.Contains("Too many phones joined from this network", refused.Message, StringComparison.Ordinal);
        Assert.Equal(20, await CountAsync("Participants"));
        await phone.JoinAsync("GFMD18", token, Ct);

        // votes: a burst of 10 at once from one participant, 2 a second allowed (bursts of 4) — on a busy machine the burst
        // takes a while, and the bucket refills by 2 a second meanwhile
        var burst = System.Diagnostics.Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => phone.VoteAsync(question.Id, question.Options[1].Id)));
        var refilled = (int)Math.Ceiling(burst.Elapsed.TotalSeconds * 2);
        Assert.InRange(results.Count(r => r.Ok), 4, Math.Min(9, 4 + refilled));
        Assert.All(results.Where(r => !r.Ok), r => Assert.Equal(SlowDown, r.Error));
        Assert.Equal(1, (await demo.ResultsAsync(question.Id, Ct)).Options[1].Phone);

        // audience questions: the third within a minute is refused and not stored
        Assert.True((await phone.AskAsync("First?")).Ok);
        Assert.True((await phone.AskAsync("Second?")).Ok);
        var third = await phone.AskAsync("Third?");
        Assert.False(third.Ok);
        Assert.Equal(SlowDown, third.Error);
        Assert.Equal(2, await CountAsync("AudienceQuestions"));

        // guessing codes: after 5 unknown codes this phone is told to wait; the right code still joins, on the hub and the page
        for (var i = 0; i < 5; i++)
        {
            var unknown = await Assert.ThrowsAsync<HubException>(() => phone.JoinAsync($"ZZZZ{i}Q", cancellationToken: Ct));
            Assert.Contains("No event has this code", unknown.Message, StringComparison.Ordinal);
        }
        var guessing = await Assert.ThrowsAsync<HubException>(() => phone.JoinAsync("ZZZZ9Q", cancellationToken: Ct));
        Assert.Contains("Too many wrong codes", guessing.Message, StringComparison.Ordinal);
        Assert.Equal(token, (await phone.JoinAsync("GFMD18", token, Ct)).ParticipantToken);
        using var browser = PhonePage.Browser(App.BaseAddress);
        using var page = await browser.GetAsync("/j/GFMD18", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(20, await CountAsync("Participants"));
    }
}

/// <summary>
/// A venue behind one NAT address: people mistyping the code (or a program guessing) never lock the rest of the room
/// out — the wrong-code limit counts per phone, and a code that exists is never refused by it.
/// </summary>
public sealed class WrongCodesInOneRoomTests : AppTestBase
{
    [Fact]
    public async Task Two_hundred_wrong_codes_from_one_address_then_220_new_and_220_returning_phones_all_join()
    {
        var mistyping = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var phone = await PhoneAsync();
            var refused = 0;
            for (var attempt = 0; attempt < 5; attempt++)
            {
                try
                {
                    await phone.JoinAsync($"GFMD{i % 10}{attempt}", cancellationToken: Ct);
                }
                catch (HubException)
                {
                    refused++;
                }
            }
            return refused;
        }));
        Assert.Equal(200, mistyping.Sum());

        var tokens = new List<string>();
        for (var batch = 0; batch < 11; batch++)
        {
            tokens.AddRange(await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
            {
                await using var phone = await PhoneAsync();
                return (await phone.JoinAsync("GFMD18", cancellationToken: Ct)).ParticipantToken;
            })));
        }
        Assert.Equal(220, tokens.Distinct().Count());
        foreach (var chunk in tokens.Chunk(20))
        {
            var rejoined = await Task.WhenAll(chunk.Select(async token =>
            {
                await using var phone = await PhoneAsync();
                return (await phone.JoinAsync("GFMD18", token, Ct)).ParticipantToken;
            }));
            Assert.Equal(chunk, rejoined);
        }
        Assert.Equal(220, await CountAsync("Participants"));
    }
}
