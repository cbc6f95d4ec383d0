using LivePoll.Domain.Questions;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Rehearsal;

/// <summary>
/// What a simulated room answers: every question leans towards some of its options (a room is never evenly split),
/// and each phone draws its own answer from that leaning. Not thread-safe: one room decides on one thread.
/// </summary>
internal sealed class SimulatedAnswers(Random random)
{
    private readonly Dictionary<Guid, double[]> _leanings = [];

    public SubmitRequest For(Question question, string language)
    {
        var options = question.OptionsInOrder().Select(o => o.Id).ToList();
        return question.Type switch
        {
            QuestionType.SingleChoice => new(question.Id, OptionIds: [.. Draw(question, options, 1)]),
            QuestionType.MultipleChoice => new(question.Id, OptionIds: [.. Draw(question, options, random.Next(1, question.EffectiveMaxChoices + 1))]),
            QuestionType.Ranking => new(question.Id, Ranking: [.. Draw(question, options, options.Count)]),
            QuestionType.Scale => new(question.Id, Value: ScaleValue(question)),
            _ => new(question.Id, Text: SimulatedTexts.Answer(language, random)),
        };
    }

    /// <summary>A probability in [0, 1] that stays with the question (e.g. how far up the scale the room leans).</summary>
    private double[] LeaningOf(Question question, int size) =>
        _leanings.TryGetValue(question.Id, out var leaning) && leaning.Length == size
            ? leaning
            : _leanings[question.Id] = [.. Enumerable.Range(0, size).Select(_ => Math.Pow(random.NextDouble() + 0.15, 2))];

    /// <summary><paramref name="count"/> distinct options, each drawn in proportion to the question's leaning (the first is the favourite).</summary>
    private IEnumerable<Guid> Draw(Question question, List<Guid> options, int count)
    {
        var weights = LeaningOf(question, options.Count).ToList();
        var left = options.ToList();
        for (var drawn = 0; drawn < Math.Min(count, options.Count); drawn++)
        {
            var point = random.NextDouble() * weights.Sum();
            var index = 0;
            while (index < left.Count - 1 && (point -= weights[index]) > 0)
            {
                index++;
            }
            yield return left[index];
            left.RemoveAt(index);
            weights.RemoveAt(index);
        }
    }

    /// <summary>Around the room's leaning on the scale, with a spread of a fifth of its range.</summary>
    private int ScaleValue(Question question)
    {
        var (min, max) = (question.ScaleMin ?? 1, question.ScaleMax ?? 5);
        var lean = Math.Sqrt(LeaningOf(question, 1)[0]) - 0.15; // the uniform draw the leaning was made from
        var centre = min + (0.3 + 0.6 * lean) * (max - min);
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp((int)Math.Round(centre + normal * (max - min) / 5.0), min, max);
    }
}
