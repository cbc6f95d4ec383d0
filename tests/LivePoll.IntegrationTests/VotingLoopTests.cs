using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;

namespace LivePoll.IntegrationTests;

public sealed class VotingLoopTests : AppTestBase
{
    [Fact]
    public async Task Two_hundred_phones_vote_and_the_results_equal_the_known_distribution()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);

        // 90 green, 60 blue, 40 yellow, 10 red
        int[] wanted = [90, 60, 40, 10];
        var choices = wanted.SelectMany((count, option) => Enumerable.Repeat(question.Options[option].Id, count)).ToList();
        var phones = await Task.WhenAll(choices.Select(_ => PhoneAsync()));
        try
        {
            await Task.WhenAll(phones.Select(p => p.JoinAsync("GFMD18", cancellationToken: Ct)));
            var acks = await Task.WhenAll(phones.Select((p, i) => p.VoteAsync(question.Id, choices[i])));
            Assert.All(acks, ack => Assert.True(ack.Ok, ack.Error));

            var results = await demo.ResultsAsync(question.Id, Ct);
            Assert.Equal(200, results.Participants);
            Assert.Equal(wanted, results.Options.Select(o => o.Phone));
            Assert.Equal(wanted, results.Options.Select(o => o.Total));
            Assert.Equal(question.Options.Select(o => o.Id), results.Options.Select(o => o.OptionId));

            await using var db = App.OpenDatabase();
            using var count = db.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM \"Responses\" WHERE \"QuestionId\" = @q";
            count.AddParameter("@q", LivePollAppFactory.StoredId(question.Id));
            Assert.Equal(200L, (long)(await count.ExecuteScalarAsync(Ct))!);
        }
        finally
        {
            await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task A_phone_changes_its_vote_while_open_and_gets_it_back_after_rejoining()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.MultipleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        var (first, second, third) = (question.Options[0].Id, question.Options[1].Id, question.Options[2].Id);

        await using var phone = await PhoneAsync();
        var joined = await phone.JoinAsync("gfmd18", cancellationToken: Ct);
        Assert.Equal(question.Id, joined.CurrentQuestion?.Id);
        Assert.True((await phone.VoteAsync(question.Id, first, second)).Ok);
        Assert.True((await phone.VoteAsync(question.Id, third)).Ok);

        var results = await demo.ResultsAsync(question.Id, Ct);
        Assert.Equal(1, results.Participants);
        Assert.Equal([0, 0, 1, 0, 0], results.Options.Select(o => o.Phone));

        // a phone that slept: new connection, same token, same participant and its vote
        await using var woken = await PhoneAsync();
        var rejoined = await woken.JoinAsync("GFMD18", joined.ParticipantToken, Ct);
        Assert.Equal(joined.ParticipantToken, rejoined.ParticipantToken);
        Assert.Equal([third], rejoined.MyResponse?.OptionIds);
        Assert.True((await woken.VoteAsync(question.Id, first)).Ok);
        Assert.Equal(1, (await demo.ResultsAsync(question.Id, Ct)).Participants);
    }

    [Fact]
    public async Task Phones_hear_about_opened_questions_and_see_results_only_when_revealed()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice, skip: 2);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        await demo.StepAsync(question.Id, "hide", Ct);
        await demo.StepAsync(question.Id, "open", Ct);
        await Eventually(() => phone.QuestionChanges.Any(q => q?.Id == question.Id && q.State == QuestionState.Open));
        Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        await Task.Delay(ResultsBroadcaster.Interval * 3, Ct);
        Assert.Empty(phone.ResultUpdates);

        await demo.StepAsync(question.Id, "reveal", Ct);
        await Eventually(() => phone.ResultUpdates.Any(r => r.QuestionId == question.Id && r.Total == 1));
        await demo.StepAsync(question.Id, "close", Ct);
        await Eventually(() => phone.QuestionChanges.Any(q => q?.Id == question.Id && q.State == QuestionState.Closed));
    }
}
