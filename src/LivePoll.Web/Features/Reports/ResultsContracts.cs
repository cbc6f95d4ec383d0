using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;

namespace LivePoll.Web.Features.Reports;

// The public "results" JSON shape of design.md.

public sealed record EventResultsDto(Guid EventId, IReadOnlyList<QuestionResultsDto> Questions);

public sealed record QuestionResultsDto(
    Guid QuestionId, QuestionType Type, QuestionState State, int Participants, IReadOnlyList<OptionResultsDto> Options)
{
    public int Total => Options.Sum(o => o.Total);
}

public sealed record OptionResultsDto(Guid OptionId, string Text, string Colour, int Phone, int Cards, int Total);

internal static class ResultsMapping
{
    public static QuestionResultsDto ToDto(this QuestionResults results) => new(
        results.QuestionId, results.Type, results.State, results.Participants,
        [.. results.Options.Select(o => new OptionResultsDto(o.OptionId, o.Text, o.Colour, o.Phone, o.Cards, o.Total))]);
}
