using LivePoll.Domain.Questions;
using LivePoll.Domain.Voting;

namespace LivePoll.Domain.Tests;

public sealed class VoteRulesTests
{
    [Fact]
    public void A_single_choice_takes_exactly_one_own_option()
    {
        var q = TestQuestions.Make(QuestionType.SingleChoice);
        var other = TestQuestions.Make(QuestionType.SingleChoice);
        Assert.Null(VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(2)] }));
        Assert.Equal("Choose an option.", VoteRules.Validate(q, Ballot.Empty)?.English);
        Assert.Equal("Choose only one option.", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1)] })?.English);
        Assert.Equal("That option does not belong to this question.", VoteRules.Validate(q, new Ballot { OptionIds = [other.Option(0)] })?.English);
    }

    [Fact]
    public void A_multiple_choice_respects_max_choices_and_refuses_duplicates()
    {
        var q = TestQuestions.Make(QuestionType.MultipleChoice, options: 5, maxChoices: 2);
        Assert.Null(VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(4)] }));
        Assert.Equal("Choose at most 2 options.", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1), q.Option(2)] })?.English);
        Assert.Equal("An option was chosen twice.", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(0)] })?.English);
        // the refusal travels as its text and value, for each interface to word in its own language
        Assert.Equal(new Refusal("Choose at most {0} options.", 2).Text, VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1), q.Option(2)] })!.Text);
        Assert.Equal([2], VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1), q.Option(2)] })!.Values);
        var unlimited = TestQuestions.Make(QuestionType.MultipleChoice, options: 5);
        Assert.Null(VoteRules.Validate(unlimited, new Ballot { OptionIds = [.. unlimited.Options.Select(o => o.Id)] }));
    }

    [Theory]
    [InlineData(QuestionState.Draft, "This question is not open yet.")]
    [InlineData(QuestionState.Closed, "This question is closed.")]
    public void Only_open_questions_take_votes(QuestionState state, string error)
    {
        var q = TestQuestions.Make(QuestionType.SingleChoice, state: state);
        Assert.Equal(error, VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0)] })?.English);
    }

    [Fact]
    public void Scale_ranking_and_text_ballots_are_checked_too()
    {
        var scale = TestQuestions.Make(QuestionType.Scale);
        Assert.Null(VoteRules.Validate(scale, new Ballot { Value = 5 }));
        Assert.NotNull(VoteRules.Validate(scale, new Ballot { Value = 6 }));
        Assert.NotNull(VoteRules.Validate(scale, Ballot.Empty));

        var ranking = TestQuestions.Make(QuestionType.Ranking, options: 3);
        Assert.Null(VoteRules.Validate(ranking, new Ballot { OptionIds = [ranking.Option(2), ranking.Option(0), ranking.Option(1)] }));
        Assert.NotNull(VoteRules.Validate(ranking, new Ballot { OptionIds = [ranking.Option(2), ranking.Option(2), ranking.Option(1)] }));
        Assert.NotNull(VoteRules.Validate(ranking, new Ballot { OptionIds = [ranking.Option(2), ranking.Option(0)] }));

        var text = TestQuestions.Make(QuestionType.OpenText);
        Assert.Null(VoteRules.Validate(text, new Ballot { Text = "trust" }));
        Assert.NotNull(VoteRules.Validate(text, new Ballot { Text = "   " }));
        Assert.NotNull(VoteRules.Validate(text, new Ballot { Text = new string('a', VoteRules.MaxTextLength + 1) }));
    }
}
