using System.Globalization;
using LivePoll.Web.Components.Shared;
using LivePoll.Web.Localization;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Features.Reports;

/// <summary>How every report format writes its figures (invariant culture: one way in every file).</summary>
public static class ReportFormat
{
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Figure(double? value) => value is { } v ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Points(double value) => (value > 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture) + " pts";

    public static string Moment(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The line of key figures under a question's heading, in the reader's language.</summary>
    public static string KeyFigures(QuestionReport q, IStringLocalizer<StaffText> L)
    {
        var parts = new List<string> { L[q.Question.Type.ToString()], L[q.PhoneResponses == 1 ? "{0} response by phone" : "{0} responses by phone", q.PhoneResponses] };
        if (q.Cards > 0)
        {
            parts.Add(L["{0} coloured cards counted in the room", q.Cards]);
        }
        parts.Add(q.Turnout is { } turnout ? L["turnout {0}% of {1} phones connected", turnout, q.ConnectedWhileOpen] : L["turnout not measured"]);
        if (q.Results.Scale is { } scale)
        {
            parts.Add(L["mean {0}, median {1}", Figure(scale.Mean), Figure(scale.Median)]);
        }
        if (q.Results.Answers is { } answers)
        {
            parts.Add(L["{0} answers", answers]);
        }
        return string.Join(" · ", parts);
    }

    /// <summary>What a chart's legend calls the two parts of a bar, in the reader's language.</summary>
    public static (string Phones, string Cards) SeriesNames(IStringLocalizer<StaffText> L) => (L["Phones"], L["Cards"]);

    /// <summary>A chart in words, for alternative text: "Chart of Q1: Yes: 11 (6 phones + 5 cards); No: 6".</summary>
    public static string ChartAltText(QuestionReport q, IEnumerable<ChartBar> bars, IStringLocalizer<StaffText> L) =>
        L["Chart of Q{0}: {1}", q.Number, string.Join("; ", bars.Select(b => b.Described((phones, cards) => L["{0} phones + {1} cards", phones, cards])))];
}
