using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Results;

/// <summary>
/// One option's count: phone votes and raised cards, always kept apart and added up.
/// For ranking questions also the average position (1 = best) and Borda points.
/// </summary>
public sealed record OptionResult(Guid OptionId, string Text, string Colour, int Phone, int Cards, double? AverageRank = null, long? Points = null)
{
    public int Total => Phone + Cards;
}

/// <summary>Results of one question as everybody sees them, whatever its type.</summary>
public sealed record QuestionResults(
    Guid QuestionId,
    QuestionType Type,
    QuestionState State,
    int Participants,
    IReadOnlyList<OptionResult> Options,
    ScaleStatistics? Scale = null,
    int? Answers = null,
    IReadOnlyList<WordCount>? Words = null)
{
    public int TotalVotes => Options.Sum(o => o.Total);

    /// <param name="mergedWords">The event's merged words (<see cref="Events.Event.MergedWords"/>), for the word cloud.</param>
    public static QuestionResults From(Question question, TallySnapshot tally, IReadOnlyDictionary<string, List<string>>? mergedWords = null)
    {
        var options = question.OptionsInOrder().ToList();
        return question.Type switch
        {
            QuestionType.Scale => new(question.Id, question.Type, question.State, tally.Participants, [],
                Scale: ScaleStatistics.From(question.ScaleMin ?? 1, question.ScaleMax ?? 5, tally.ValueCounts)),
            QuestionType.OpenText => new(question.Id, question.Type, question.State, tally.Participants, [],
                Answers: tally.Texts.Count(t => !string.IsNullOrWhiteSpace(t.Text)),
                Words: WordCounter.Count(
                    tally.Texts.Where(t => !question.HiddenAnswers.Contains(t.Text.Trim().ToLowerInvariant())),
                    question.HiddenWords.ToHashSet(StringComparer.Ordinal),
                    question.CountsPhrases,
                    mergedWords)),
            QuestionType.Ranking => new(question.Id, question.Type, question.State, tally.Participants,
                [.. options.Select(o => RankingResult(o, options.Count, tally))]),
            _ => new(question.Id, question.Type, question.State, tally.Participants,
                [.. options.Select(o => new OptionResult(o.Id, o.Text, o.Colour, tally.OptionCounts.GetValueOrDefault(o.Id), o.CardCount))]),
        };
    }

    /// <summary>Average rank = mean position; points = Σ(n − rank), so first place earns n − 1 and last 0.</summary>
    private static OptionResult RankingResult(QuestionOption option, int optionCount, TallySnapshot tally)
    {
        var rankings = tally.OptionCounts.GetValueOrDefault(option.Id);
        var rankSum = tally.RankSums.GetValueOrDefault(option.Id);
        return new OptionResult(option.Id, option.Text, option.Colour, rankings, Cards: 0,
            AverageRank: rankings == 0 ? null : (double)rankSum / rankings,
            Points: ((long)rankings * optionCount) - rankSum);
    }
}
