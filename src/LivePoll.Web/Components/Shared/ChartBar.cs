using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;

namespace LivePoll.Web.Components.Shared;

/// <summary>One bar: phone votes and counted cards stacked (cards shown only when there are any).</summary>
public sealed record ChartBar(string Label, int Phone, int Cards, string Colour)
{
    public int Value => Phone + Cards;

    /// <summary>
    /// The bars of a question's results, by type, labelled in each of <paramref name="languages"/> (one line each,
    /// the original wording without any); the count stays on the label's last line when wrapped.
    /// </summary>
    public static IReadOnlyList<ChartBar> For(QuestionResults results, Question question, IReadOnlyList<string>? languages = null)
    {
        IReadOnlyList<string?> wordings = languages is { Count: > 0 } ? [.. languages] : [null];
        string OptionLabel(OptionResult o) =>
            string.Join('\n', wordings.Select(l => question.Options.FirstOrDefault(x => x.Id == o.OptionId)?.TextIn(l) ?? o.Text));
        string ScaleLabel(int value) => string.Join('\n', wordings.Select(l => ScaleStep(value, question, l)));
        return results.Type switch
        {
            QuestionType.Scale => [.. results.Scale!.Distribution.Select(d => new ChartBar(Labelled(ScaleLabel(d.Value), d.Count), d.Count, 0, "blue"))],
            QuestionType.Ranking => [.. results.Options.OrderByDescending(o => o.Points).Select(o => new ChartBar(Labelled(OptionLabel(o), o.Points ?? 0), (int)(o.Points ?? 0), 0, o.Colour))],
            QuestionType.OpenText => [],
            _ => [.. results.Options.Select(o => new ChartBar(Labelled(OptionLabel(o), o.Total), o.Phone, o.Cards, o.Colour))],
        };
    }

    private static string ScaleStep(int value, Question question, string? language)
    {
        var wording = question.In(language);
        return ScaleSteps.Label(value, question.ScaleMin, question.ScaleMax, wording.ScaleMinLabel, wording.ScaleMaxLabel);
    }

    private static string Labelled(string text, long count) => $"{text}\u00A0—\u00A0{count}";
}
