using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Results;

public sealed record OptionResult(Guid OptionId, string Text, string Colour, int Phone, int Cards)
{
    public int Total => Phone + Cards;
}

/// <summary>Results of one question as everybody sees them: phone votes and card counts side by side.</summary>
public sealed record QuestionResults(
    Guid QuestionId,
    QuestionType Type,
    QuestionState State,
    int Participants,
    IReadOnlyList<OptionResult> Options)
{
    public int TotalVotes => Options.Sum(o => o.Total);

    public static QuestionResults From(Question question, TallySnapshot tally) => new(
        question.Id,
        question.Type,
        question.State,
        tally.Participants,
        [.. question.OptionsInOrder().Select(o => new OptionResult(
            o.Id, o.Text, o.Colour, tally.OptionCounts.GetValueOrDefault(o.Id), Cards: 0))]);
}
