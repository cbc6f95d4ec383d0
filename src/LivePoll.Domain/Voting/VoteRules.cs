using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Voting;

/// <summary>Checks a ballot against a question. Every refusal is meant for the voter.</summary>
public static class VoteRules
{
    public const int MaxTextLength = 280;

    public static Refusal? Validate(Question question, Ballot ballot)
    {
        if (question.State != QuestionState.Open)
        {
            return new(question.State == QuestionState.Closed ? "ThisQuestionIsClosed" : "ThisQuestionNotOpenYet");
        }
        var optionIds = question.Options.Select(o => o.Id).ToHashSet();
        return question.Type switch
        {
            QuestionType.SingleChoice => ValidateChoice(ballot, optionIds, maxChoices: 1),
            QuestionType.MultipleChoice => ValidateChoice(ballot, optionIds, question.EffectiveMaxChoices),
            QuestionType.Scale => ValidateScale(ballot, question.ScaleMin ?? 1, question.ScaleMax ?? 5),
            QuestionType.Ranking => ValidateRanking(ballot, optionIds),
            QuestionType.OpenText => ValidateText(ballot),
            _ => new("ThisQuestionTypeNotSupported"),
        };
    }

    private static Refusal? ValidateChoice(Ballot ballot, HashSet<Guid> optionIds, int maxChoices)
    {
        if (ballot.OptionIds.Count == 0)
        {
            return new("ChooseAnOption");
        }
        if (ballot.OptionIds.Distinct().Count() != ballot.OptionIds.Count)
        {
            return new("AnOptionWasChosenTwice");
        }
        if (!ballot.OptionIds.All(optionIds.Contains))
        {
            return new("ThatOptionDoesNotBelongQuestion");
        }
        return ballot.OptionIds.Count > maxChoices
            ? maxChoices == 1 ? new("ChooseOnlyOneOption") : new("ChooseMostNOptions", maxChoices)
            : null;
    }

    private static Refusal? ValidateScale(Ballot ballot, int min, int max) =>
        ballot.Value is { } value && value >= min && value <= max ? null : new("ChooseValueFromNN", min, max);

    private static Refusal? ValidateRanking(Ballot ballot, HashSet<Guid> optionIds) =>
        ballot.OptionIds.Count == optionIds.Count && ballot.OptionIds.ToHashSet().SetEquals(optionIds)
            ? null
            : new("RankEveryOptionExactlyOnce");

    private static Refusal? ValidateText(Ballot ballot)
    {
        var text = ballot.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new("WriteAnAnswer");
        }
        return text.Length > MaxTextLength ? new("KeepYourAnswerUnderNCharacters", MaxTextLength) : null;
    }
}
