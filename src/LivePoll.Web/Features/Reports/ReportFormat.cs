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
        var parts = new List<string> { L[q.Question.Type.ToString()], L[q.PhoneResponses == 1 ? "NResponseByPhone" : "NResponsesByPhone", q.PhoneResponses] };
        if (q.Cards > 0)
        {
            parts.Add(L["NColouredCardsCountedRoom", q.Cards]);
        }
        parts.Add(q.Turnout is { } turnout ? L["TurnoutNNPhonesConnected", turnout, q.ConnectedWhileOpen] : L["TurnoutNotMeasured"]);
        if (q.Results.Scale is { } scale)
        {
            parts.Add(L["MeanNMedianNInline", Figure(scale.Mean), Figure(scale.Median)]);
        }
        if (q.Results.Answers is { } answers)
        {
            parts.Add(L["NAnswers", answers]);
        }
        return string.Join(" · ", parts);
    }

    /// <summary>What a chart's legend calls the two parts of a bar, in the reader's language.</summary>
    public static (string Phones, string Cards) SeriesNames(IStringLocalizer<StaffText> L) => (L["Phones"], L["Cards"]);

    /// <summary>A chart in words, for alternative text: "Chart of Q1: Yes: 11 (6 phones + 5 cards); No: 6".</summary>
    public static string ChartAltText(QuestionReport q, IEnumerable<ChartBar> bars, IStringLocalizer<StaffText> L) =>
        L["ChartQNN", q.Number, string.Join("; ", bars.Select(b => b.Described((phones, cards) => L["NPhonesNCards", phones, cards])))];
}
