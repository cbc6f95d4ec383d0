using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Voting;

/// <summary>Checks a ballot against a question. Every message is meant for the voter.</summary>
public static class VoteRules
{
    public const int MaxTextLength = 280;

    public static string? Validate(Question question, Ballot ballot)
    {
        if (question.State != QuestionState.Open)
        {
            return question.State == QuestionState.Closed ? "This question is closed." : "This question is not open yet.";
        }
        var optionIds = question.Options.Select(o => o.Id).ToHashSet();
        return question.Type switch
        {
            QuestionType.SingleChoice => ValidateChoice(ballot, optionIds, maxChoices: 1),
            QuestionType.MultipleChoice => ValidateChoice(ballot, optionIds, question.EffectiveMaxChoices),
            QuestionType.Scale => ValidateScale(ballot, question.ScaleMin ?? 1, question.ScaleMax ?? 5),
            QuestionType.Ranking => ValidateRanking(ballot, optionIds),
            QuestionType.OpenText => ValidateText(ballot),
            _ => "This question type is not supported.",
        };
    }

    private static string? ValidateChoice(Ballot ballot, HashSet<Guid> optionIds, int maxChoices)
    {
        if (ballot.OptionIds.Count == 0)
        {
            return "Choose an option.";
        }
        if (ballot.OptionIds.Distinct().Count() != ballot.OptionIds.Count)
        {
            return "An option was chosen twice.";
        }
        if (!ballot.OptionIds.All(optionIds.Contains))
        {
            return "That option does not belong to this question.";
        }
        return ballot.OptionIds.Count > maxChoices
            ? maxChoices == 1 ? "Choose only one option." : $"Choose at most {maxChoices} options."
            : null;
    }

    private static string? ValidateScale(Ballot ballot, int min, int max) =>
        ballot.Value is { } value && value >= min && value <= max ? null : $"Choose a value from {min} to {max}.";

    private static string? ValidateRanking(Ballot ballot, HashSet<Guid> optionIds) =>
        ballot.OptionIds.Count == optionIds.Count && ballot.OptionIds.ToHashSet().SetEquals(optionIds)
            ? null
            : "Rank every option exactly once.";

    private static string? ValidateText(Ballot ballot)
    {
        var text = ballot.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return "Write an answer.";
        }
        return text.Length > MaxTextLength ? $"Keep your answer under {MaxTextLength} characters." : null;
    }
}
