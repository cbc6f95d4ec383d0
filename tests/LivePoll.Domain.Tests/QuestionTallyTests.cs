using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Domain.Voting;

namespace LivePoll.Domain.Tests;

public sealed class QuestionTallyTests
{
    [Fact]
    public void A_changed_vote_moves_the_count_instead_of_adding_one()
    {
        var q = TestQuestions.Make(QuestionType.SingleChoice);
        var tally = new QuestionTally(q.Id);
        var alice = Guid.NewGuid();
        var bob = Guid.NewGuid();

        tally.Apply(alice, new Ballot { OptionIds = [q.Option(0)] });
        tally.Apply(bob, new Ballot { OptionIds = [q.Option(0)] });
        tally.Apply(alice, new Ballot { OptionIds = [q.Option(3)] });
        tally.Apply(alice, new Ballot { OptionIds = [q.Option(3)] }); // the same ballot twice (e.g. replayed) counts once

        var results = QuestionResults.From(q, tally.Snapshot());
        Assert.Equal(2, results.Participants);
        Assert.Equal([1, 0, 0, 1], results.Options.Select(o => o.Phone));
        Assert.Equal(2, results.TotalVotes);
        Assert.Equal([q.Option(3)], tally.BallotOf(alice)!.OptionIds);
    }

    [Fact]
    public void Concurrent_votes_are_all_counted()
    {
        var q = TestQuestions.Make(QuestionType.MultipleChoice, options: 3);
        var tally = new QuestionTally(q.Id);
        Parallel.For(0, 10_000, i => tally.Apply(Guid.NewGuid(), new Ballot { OptionIds = [q.Option(i % 3), q.Option((i + 1) % 3)] }));
        var snapshot = tally.Snapshot();
        Assert.Equal(10_000, snapshot.Participants);
        Assert.Equal(20_000, snapshot.OptionCounts.Values.Sum());
    }
}
