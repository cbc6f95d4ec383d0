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

    /// <summary>The type in words, as reports print it.</summary>
    public static string Describe(this QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "Single choice",
        QuestionType.MultipleChoice => "Multiple choice",
        QuestionType.Scale => "Rating scale",
        QuestionType.OpenText => "Open text",
        _ => "Ranking",
    };
}
