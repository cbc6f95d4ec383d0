using System.Globalization;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;

namespace LivePoll.Web.Components.Shared;

/// <summary>
/// One bar: phone votes and counted cards stacked (cards shown only when there are any). <see cref="Text"/> names the
/// bar only; every chart writes the count at the end of the bar, so a scale's "3" is never read as a count.
/// </summary>
public sealed record ChartBar(string Text, int Phone, int Cards, string Colour)
{
    public int Value => Phone + Cards;

    /// <summary>The bar's count and, when cards were counted, how it splits: "5 (2 phones + 3 cards)".</summary>
    /// <param name="phonesAndCards">"{0} phones + {1} cards" in the reader's language.</param>
    public string Count(Func<int, int, string> phonesAndCards) =>
        Cards > 0 ? $"{Value} ({phonesAndCards(Phone, Cards)})" : Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The bar in words, for screen readers and alt texts: "name: 5 (2 phones + 3 cards)".</summary>
    public string Described(Func<int, int, string> phonesAndCards) => $"{TextOnOneLine}: {Count(phonesAndCards)}";

    /// <summary>The bar's name with its languages' lines joined: for alt texts, chart categories and data cells.</summary>
    public string TextOnOneLine => Text.Replace('\n', ' ');

    /// <summary>
    /// The bars of a question's results, by type, named in each of <paramref name="languages"/> (one line each,
    /// the original wording without any).
    /// </summary>
    public static IReadOnlyList<ChartBar> For(QuestionResults results, Question question, IReadOnlyList<string>? languages = null)
    {
        IReadOnlyList<string?> wordings = languages is { Count: > 0 } ? [.. languages] : [null];
        string OptionLabel(OptionResult o) =>
            string.Join('\n', wordings.Select(l => question.Options.FirstOrDefault(x => x.Id == o.OptionId)?.TextIn(l) ?? o.Text));
        string ScaleLabel(int value) => string.Join('\n', wordings.Select(l => ScaleStep(value, question, l)));
        return results.Type switch
        {
            QuestionType.Scale => [.. results.Scale!.Distribution.Select(d => new ChartBar(ScaleLabel(d.Value), d.Count, 0, "blue"))],
            QuestionType.Ranking => [.. results.Options.OrderByDescending(o => o.Points).Select(o => new ChartBar(OptionLabel(o), (int)(o.Points ?? 0), 0, o.Colour))],
            QuestionType.OpenText => [],
            _ => [.. results.Options.Select(o => new ChartBar(OptionLabel(o), o.Phone, o.Cards, o.Colour))],
        };
    }

    private static string ScaleStep(int value, Question question, string? language)
    {
        var wording = question.In(language);
        return ScaleSteps.Label(value, question.ScaleMin, question.ScaleMax, wording.ScaleMinLabel, wording.ScaleMaxLabel);
    }
}
