using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Domain.Voting;
using LivePoll.Web.Features.Reports;

namespace LivePoll.Web.Tests;

/// <summary>Turnout is rounded as people round: a half goes up (92.5 % is 93 %, not the even 92 %).</summary>
public sealed class TurnoutTests
{
    [Theory]
    [InlineData(37, 40, 93)] // 92.5
    [InlineData(33, 40, 83)] // 82.5
    [InlineData(1, 3, 33)]
    [InlineData(40, 40, 100)]
    public void Turnout_rounds_half_away_from_zero(int answered, int connected, int expected)
    {
        var question = new Question { Type = QuestionType.SingleChoice };
        question.Options.AddRange([new QuestionOption { Text = "Yes", Order = 0 }, new QuestionOption { Text = "No", Order = 1 }]);
        var tally = new QuestionTally(question.Id);
        for (var i = 0; i < answered; i++)
        {
            tally.Apply(Guid.NewGuid(), new Ballot { OptionIds = [question.Options[i % 2].Id] });
        }

        var report = new QuestionReport(1, question, QuestionResults.From(question, tally.Snapshot()), connected, [], null, null);

        Assert.Equal(answered, report.PhoneResponses);
        Assert.Equal(expected, report.Turnout);
    }
}
