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
        Assert.Equal("ChooseAnOption", VoteRules.Validate(q, Ballot.Empty)?.ToString());
        Assert.Equal("ChooseOnlyOneOption", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1)] })?.ToString());
        Assert.Equal("ThatOptionDoesNotBelongQuestion", VoteRules.Validate(q, new Ballot { OptionIds = [other.Option(0)] })?.ToString());
    }

    [Fact]
    public void A_multiple_choice_respects_max_choices_and_refuses_duplicates()
    {
        var q = TestQuestions.Make(QuestionType.MultipleChoice, options: 5, maxChoices: 2);
        Assert.Null(VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(4)] }));
        Assert.Equal("ChooseMostNOptions(2)", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1), q.Option(2)] })?.ToString());
        Assert.Equal("AnOptionWasChosenTwice", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(0)] })?.ToString());
        // the refusal travels as its text key and value, for each interface to word in its own language
        Assert.Equal("ChooseMostNOptions", VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1), q.Option(2)] })!.Text);
        Assert.Equal([2], VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0), q.Option(1), q.Option(2)] })!.Values);
        var unlimited = TestQuestions.Make(QuestionType.MultipleChoice, options: 5);
        Assert.Null(VoteRules.Validate(unlimited, new Ballot { OptionIds = [.. unlimited.Options.Select(o => o.Id)] }));
    }

    [Theory]
    [InlineData(QuestionState.Draft, "ThisQuestionNotOpenYet")]
    [InlineData(QuestionState.Closed, "ThisQuestionIsClosed")]
    public void Only_open_questions_take_votes(QuestionState state, string error)
    {
        var q = TestQuestions.Make(QuestionType.SingleChoice, state: state);
        Assert.Equal(error, VoteRules.Validate(q, new Ballot { OptionIds = [q.Option(0)] })?.ToString());
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
