using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Booth;

/// <summary>One line of the booth script: what it is ("Q3", "Option 2", a part) and its text in each of the event's languages.</summary>
public sealed record BoothScriptLine(string Label, IReadOnlyList<string> Texts, bool IsPart = false);

/// <summary>
/// Every text the audience will read, in all the event's languages side by side, in agenda order — sent to the
/// interpreters in advance. A missing translation shows the original, marked, so the booth knows to render it.
/// </summary>
public sealed record BoothScript(string Title, IReadOnlyList<string> Languages, IReadOnlyList<BoothScriptLine> Lines)
{
    public const string Untranslated = "⚠ ";

    public static BoothScript Of(Event ev, Func<string, string> label)
    {
        var lines = new List<BoothScriptLine> { new(label("Title"), Each(ev.Languages, l => ev.TitleIn(l), l => ev.TitleTranslations.ContainsKey(l))) };
        var number = 0;
        foreach (var part in ev.Sessions.OrderBy(s => s.Order))
        {
            lines.Add(new(label("Part"), Each(ev.Languages, part.TitleIn, part.TitleTranslations.ContainsKey), IsPart: true));
            foreach (var question in part.Questions.OrderBy(q => q.Order))
            {
                number++;
                lines.Add(new($"Q{number}", Each(ev.Languages, l => question.In(l).Text, question.Translations.ContainsKey)));
                var option = 0;
                foreach (var o in question.OptionsInOrder())
                {
                    lines.Add(new(label("Option") + $" {++option}", Each(ev.Languages, o.TextIn, o.Translations.ContainsKey)));
                }
                if (question.Type == QuestionType.Scale)
                {
                    AddScaleLabel(lines, ev.Languages, $"{question.ScaleMin}", question, t => t.ScaleMinLabel);
                    AddScaleLabel(lines, ev.Languages, $"{question.ScaleMax}", question, t => t.ScaleMaxLabel);
                }
            }
        }
        return new(ev.Title, ev.Languages, lines);
    }

    private static void AddScaleLabel(List<BoothScriptLine> lines, IReadOnlyList<string> languages, string value, Question question, Func<QuestionTranslation, string?> pick)
    {
        if (pick(question.In(null)) is not null)
        {
            lines.Add(new(value, Each(languages, l => pick(question.In(l)) ?? "", l => question.Translations.TryGetValue(l, out var t) && pick(t) is not null)));
        }
    }

    /// <summary>The text in each language; the original (first) language is never "missing".</summary>
    private static List<string> Each(IReadOnlyList<string> languages, Func<string, string> textIn, Func<string, bool> translated) =>
        [.. languages.Select((l, i) => i == 0 || translated(l) ? textIn(l) : Untranslated + textIn(l))];
}
