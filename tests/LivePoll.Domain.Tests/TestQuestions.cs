using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Tests;

internal static class TestQuestions
{
    public static Question Make(QuestionType type, int options = 4, QuestionState state = QuestionState.Open, int? maxChoices = null)
    {
        var question = new Question { Type = type, Text = "Q?", State = state, MaxChoices = maxChoices, ScaleMin = 1, ScaleMax = 5 };
        for (var i = 0; i < (type.HasOptions() ? options : 0); i++)
        {
            question.Options.Add(new QuestionOption { QuestionId = question.Id, Order = i, Text = $"Option {i}", Colour = CardColour.Default(i) });
        }
        return question;
    }

    public static Guid Option(this Question question, int index) => question.Options[index].Id;
}
