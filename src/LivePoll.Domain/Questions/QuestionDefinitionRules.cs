namespace LivePoll.Domain.Questions;

/// <summary>What makes a question well-formed, whichever screen or API builds it. Keys name the field at fault.</summary>
public static class QuestionDefinitionRules
{
    public const int MaxScaleSteps = 11;

    public static IReadOnlyList<(string Field, string Message)> Validate(
        QuestionType type, string? text, IReadOnlyList<string?> optionTexts, int? maxChoices, int? scaleMin, int? scaleMax)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(("text", "Enter the question."));
        }
        else if (text.Trim().Length > Question.MaxTextLength)
        {
            errors.Add(("text", $"The question must be at most {Question.MaxTextLength} characters."));
        }

        if (type.HasOptions())
        {
            if (optionTexts.Count < 2 || optionTexts.Count > Question.MaxOptions)
            {
                errors.Add(("options", $"Give between 2 and {Question.MaxOptions} options."));
            }
            for (var i = 0; i < optionTexts.Count; i++)
            {
                var optionText = optionTexts[i]?.Trim();
                if (string.IsNullOrEmpty(optionText))
                {
                    errors.Add(($"options[{i}].text", "Enter the option's text."));
                }
                else if (optionText.Length > QuestionOption.MaxTextLength)
                {
                    errors.Add(($"options[{i}].text", $"An option must be at most {QuestionOption.MaxTextLength} characters."));
                }
            }
        }
        else if (optionTexts.Count > 0)
        {
            errors.Add(("options", $"A {type} question has no options."));
        }

        if (type == QuestionType.MultipleChoice && maxChoices is { } max && (max < 1 || max > optionTexts.Count))
        {
            errors.Add(("maxChoices", "Max choices must be between 1 and the number of options."));
        }
        if (type == QuestionType.Scale)
        {
            var (min, top) = (scaleMin ?? 1, scaleMax ?? 5);
            if (min < 0 || top <= min || top - min + 1 > MaxScaleSteps)
            {
                errors.Add(("scaleMax", $"A scale runs from a lower to a higher whole number, with at most {MaxScaleSteps} steps."));
            }
        }
        return errors;
    }
}
