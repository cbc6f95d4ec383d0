using LivePoll.Domain;
using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Events;

/// <summary>Copies a validated draft onto a question. Once asked, a question keeps its options (votes point at them).</summary>
internal static class QuestionEditor
{
    public static void Apply(Question question, QuestionDraft draft)
    {
        var options = draft.Type.HasOptions() ? draft.Options : [];
        var asked = question.State != QuestionState.Draft;
        if (asked && (draft.Type != question.Type || !SameOptionSet(question, options)))
        {
            throw new DomainRuleException("ThisQuestionWasAlreadyAskedTypeOptions");
        }

        question.Type = draft.Type;
        question.Text = draft.Text.Trim();
        question.Visibility = draft.Visibility;
        question.MaxChoices = Question.ChoiceLimit(draft.Type, draft.MaxChoices, options.Count);
        question.ScaleMin = draft.Type == QuestionType.Scale ? draft.ScaleMin : null;
        question.ScaleMax = draft.Type == QuestionType.Scale ? draft.ScaleMax : null;
        question.TimerSeconds = draft.TimerSeconds;
        question.CountsPhrases = draft.Type == QuestionType.OpenText && draft.CountsPhrases;
        question.ScaleMinLabel = draft.Type == QuestionType.Scale ? Label(draft.ScaleMinLabel) : null;
        question.ScaleMaxLabel = draft.Type == QuestionType.Scale ? Label(draft.ScaleMaxLabel) : null;
        question.Translations = draft.Translations
            .Where(t => !string.IsNullOrWhiteSpace(t.Value.Text))
            .ToDictionary(t => t.Key, t => new QuestionTranslation(
                Trimmed(t.Value.Text!, Question.MaxTextLength),
                draft.Type == QuestionType.Scale ? Label(t.Value.ScaleMinLabel) : null,
                draft.Type == QuestionType.Scale ? Label(t.Value.ScaleMaxLabel) : null));

        var kept = new List<QuestionOption>();
        foreach (var optionDraft in options)
        {
            var option = question.Options.FirstOrDefault(o => o.Id == optionDraft.Id) ?? new QuestionOption { QuestionId = question.Id };
            option.Text = optionDraft.Text.Trim();
            option.Colour = CardColour.IsKnown(optionDraft.Colour) ? optionDraft.Colour : CardColour.Default(kept.Count);
            option.Translations = optionDraft.Translations
                .Where(t => !string.IsNullOrWhiteSpace(t.Value))
                .ToDictionary(t => t.Key, t => Trimmed(t.Value, QuestionOption.MaxTextLength));
            kept.Add(option);
        }
        question.Options.RemoveAll(o => !kept.Contains(o));
        question.Options.AddRange(kept.Where(o => !question.Options.Contains(o)));
        kept.AssignOrder();
    }

    private static string? Label(string? label) =>
        string.IsNullOrWhiteSpace(label) ? null : Trimmed(label, Question.MaxScaleLabelLength);

    /// <summary>The text without surrounding spaces, at most <paramref name="maxLength"/> characters.</summary>
    internal static string Trimmed(string text, int maxLength) => text.Trim()[..Math.Min(text.Trim().Length, maxLength)];

    private static bool SameOptionSet(Question question, IReadOnlyList<OptionDraft> options) =>
        question.Options.Select(o => o.Id).ToHashSet().SetEquals(options.Select(o => o.Id ?? Guid.Empty));
}
