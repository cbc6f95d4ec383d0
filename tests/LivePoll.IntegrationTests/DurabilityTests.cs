using LivePoll.Domain.Questions;
using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

public sealed class DurabilityTests : AppTestBase
{
    [SqliteOnlyFact("it blocks the SQLite file from outside the app")]
    public async Task No_ack_arrives_before_the_vote_is_committed()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        // Another process holds the database's write lock: the writer cannot commit.
        await using var blocker = App.OpenDatabase();
        using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(Ct);
        }
        var ack = phone.VoteAsync(question.Id, question.Options[1].Id);
        var first = await Task.WhenAny(ack, Task.Delay(TimeSpan.FromSeconds(2), Ct));
        Assert.NotSame(ack, first);
        Assert.Equal(0, (await demo.ResultsAsync(question.Id, Ct)).Participants);

        using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync(Ct);
        }
        Assert.True((await ack).Ok);

        using var stored = blocker.CreateCommand();
        stored.CommandText = "SELECT \"OptionIds\" FROM \"Responses\" WHERE \"QuestionId\" = @q";
        stored.AddParameter("@q", LivePollAppFactory.StoredId(question.Id));
        Assert.Equal(question.Options[1].Id, Guid.Parse((string)(await stored.ExecuteScalarAsync(Ct))!));
        Assert.Equal(1, (await demo.ResultsAsync(question.Id, Ct)).Participants);
    }
}
