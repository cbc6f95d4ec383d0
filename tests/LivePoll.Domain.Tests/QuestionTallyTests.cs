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

    [Fact]
    public void Reconciling_takes_what_the_database_stored_but_keeps_a_newer_vote_applied_here()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (yes, no) = (Guid.NewGuid(), Guid.NewGuid());
        var tally = new QuestionTally(Guid.NewGuid());
        tally.Apply(a, new Ballot { OptionIds = [yes] });
        tally.Apply(b, new Ballot { OptionIds = [yes] });
        var readFrom = tally.Version; // the database is read from here on …
        tally.Apply(a, new Ballot { OptionIds = [no] }); // … and meanwhile a changes their vote here

        // what the read found: a's older vote, b changed to no on another instance, c's vote never announced
        var repaired = tally.Reconcile(
            [new(a, new Ballot { OptionIds = [yes] }), new(b, new Ballot { OptionIds = [no] }), new(c, new Ballot { OptionIds = [yes] })],
            readFrom);

        Assert.Equal(2, repaired);
        var snapshot = tally.Snapshot();
        Assert.Equal(3, snapshot.Participants);
        Assert.Equal(1, snapshot.OptionCounts[yes]); // c
        Assert.Equal(2, snapshot.OptionCounts[no]); // a (newer here) and b
        // a second round over the same rows changes nothing: equal answers (new lists, same content) are the same answer
        Assert.Equal(0, tally.Reconcile([new(b, new Ballot { OptionIds = [no] }), new(c, new Ballot { OptionIds = [yes] })], tally.Version));
    }
}
