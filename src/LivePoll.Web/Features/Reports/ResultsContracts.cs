using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;

namespace LivePoll.Web.Features.Reports;

// The public "results" JSON shape of design.md. Per type: scale adds mean, median and distribution;
// ranking options add averageRank and points; open text adds answers and words.

public sealed record EventResultsDto(Guid EventId, IReadOnlyList<QuestionResultsDto> Questions);

public sealed record QuestionResultsDto(
    Guid QuestionId,
    QuestionType Type,
    QuestionState State,
    int Participants,
    IReadOnlyList<OptionResultsDto> Options,
    double? Mean = null,
    double? Median = null,
    IReadOnlyList<ValueCount>? Distribution = null,
    int? Answers = null,
    IReadOnlyList<WordCount>? Words = null)
{
    /// <summary>Phone votes plus cards over all options (for a scale or open text: the participants).</summary>
    public int Total => Options.Count > 0 ? Options.Sum(o => o.Total) : Participants;
}

public sealed record OptionResultsDto(
    Guid OptionId, string Text, string Colour, int Phone, int Cards, int Total, double? AverageRank = null, long? Points = null);

internal static class ResultsMapping
{
    public static QuestionResultsDto ToDto(this QuestionResults results) => new(
        results.QuestionId, results.Type, results.State, results.Participants,
        [.. results.Options.Select(o => new OptionResultsDto(o.OptionId, o.Text, o.Colour, o.Phone, o.Cards, o.Total, o.AverageRank, o.Points))],
        results.Scale?.Mean, results.Scale?.Median, results.Scale?.Distribution, results.Answers, results.Words);
}
