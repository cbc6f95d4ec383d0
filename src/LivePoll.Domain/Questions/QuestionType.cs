namespace LivePoll.Domain.Questions;

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    Scale,
    OpenText,
    Ranking,
}

public static class QuestionTypeExtensions
{
    public static bool HasOptions(this QuestionType type) =>
        type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Ranking;

    public static bool IsChoice(this QuestionType type) =>
        type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
}
