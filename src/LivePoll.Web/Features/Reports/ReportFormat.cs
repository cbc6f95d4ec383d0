using System.Globalization;

namespace LivePoll.Web.Features.Reports;

/// <summary>How every report format writes its figures (invariant culture: one way in every file).</summary>
public static class ReportFormat
{
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Figure(double? value) => value is { } v ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Points(double value) => (value > 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture) + " pts";

    public static string Moment(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The line of key figures under a question's heading.</summary>
    public static string KeyFigures(QuestionReport q)
    {
        var parts = new List<string> { Domain.Questions.QuestionTypeExtensions.Describe(q.Question.Type), $"{q.PhoneResponses} {(q.PhoneResponses == 1 ? "response" : "responses")} by phone" };
        if (q.Cards > 0)
        {
            parts.Add($"{q.Cards} coloured cards counted in the room");
        }
        parts.Add(q.Turnout is { } turnout ? $"turnout {turnout}% of {q.ConnectedWhileOpen} phones connected" : "turnout not measured");
        if (q.Results.Scale is { } scale)
        {
            parts.Add($"mean {Figure(scale.Mean)}, median {Figure(scale.Median)}");
        }
        if (q.Results.Answers is { } answers)
        {
            parts.Add($"{answers} answers");
        }
        return string.Join(" · ", parts);
    }
}
