using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using System.Text.Json.Serialization;

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

    /// <summary>Only in the hub's <c>ResultsUpdated</c>: which picture of the results this is (absent from the API).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ResultsSequence? Sequence { get; init; }
}

/// <summary>
/// Orders the results messages phones receive: <paramref name="Epoch"/> is when the sending instance began sending the
/// event's results (Unix ms), <paramref name="Version"/> its tally's version then. A phone keeps the newest picture.
/// </summary>
public sealed record ResultsSequence(long Epoch, long Version);

public sealed record OptionResultsDto(
    Guid OptionId, string Text, string Colour, int Phone, int Cards, int Total, double? AverageRank = null, long? Points = null);

internal static class ResultsMapping
{
    public static QuestionResultsDto ToDto(this QuestionResults results) => new(
        results.QuestionId, results.Type, results.State, results.Participants,
        [.. results.Options.Select(o => new OptionResultsDto(o.OptionId, o.Text, o.Colour, o.Phone, o.Cards, o.Total, o.AverageRank, o.Points))],
        results.Scale?.Mean, results.Scale?.Median, results.Scale?.Distribution, results.Answers, results.Words);
}
