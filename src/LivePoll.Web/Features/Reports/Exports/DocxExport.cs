using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using static LivePoll.Web.Features.Reports.ReportFormat;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>
/// The Word report for the secretariat: title page with the event's facts, the agenda, each question with its chart
/// (alt text), counts and percentages and key figures, the audience's questions, and a "Conclusions" section to write.
/// </summary>
internal static class DocxExport
{
    public const string ConclusionsPrompt = "Write the rapporteur's conclusions here.";

    public static void Write(EventReport report, Stream output)
    {
        using var doc = new WordDocument(output);
        doc.Title(report.Title);
        doc.Paragraph($"Side-event report · results as of {ReportFormat.Moment(report.GeneratedAt)}");
        doc.Paragraph($"Join code: {report.Code}");
        doc.Paragraph($"Participants joined by phone: {report.Participants}");
        doc.Paragraph($"Languages: {string.Join(", ", report.Languages)}");
        doc.Paragraph($"Questions asked: {report.Questions.Count(q => q.Question.OpenedAt is not null)} of {report.Questions.Count()}");
        if (report.IsEmpty)
        {
            doc.Paragraph("No responses yet: this report fills in as soon as the audience votes.", bold: true);
        }
        doc.PageBreak();

        doc.Heading("Agenda", 1);
        doc.Table(["Part", "Planned", "Questions"], report.Sessions.Select(s => (IReadOnlyList<string>)[s.Title, $"{s.PlannedMinutes} min", Number(s.Questions.Count)]));

        foreach (var session in report.Sessions.Where(s => s.Questions.Count > 0))
        {
            doc.Heading(session.Title, 1);
            foreach (var question in session.Questions)
            {
                WriteQuestion(doc, question);
            }
        }

        doc.Heading("Questions from the audience", 1);
        if (report.TopQuestions.Count == 0)
        {
            doc.Paragraph("No audience questions were shown to the room.");
        }
        else
        {
            doc.Table(["Question", "Asked by", "Upvotes"], report.TopQuestions.Select(q => (IReadOnlyList<string>)[q.Text, q.Author ?? "", Number(q.Votes)]));
        }

        doc.Heading("Conclusions", 1);
        doc.Paragraph(ConclusionsPrompt);
    }

    private static void WriteQuestion(WordDocument doc, QuestionReport q)
    {
        doc.Heading($"Q{q.Number}. {q.Question.Text}", 2);
        doc.Paragraph(ReportFormat.KeyFigures(q));
        var bars = ChartBar.For(q.Results, q.Question);
        if (bars.Count > 0 && q.HasVotes)
        {
            doc.Picture(ChartImage.Png(bars), ChartImage.Width, ChartImage.HeightFor(bars.Count),
                $"Chart of Q{q.Number}: " + string.Join("; ", bars.Select(b => b.Cards > 0 ? $"{b.Label} ({b.Phone} phones + {b.Cards} cards)" : b.Label)));
        }
        switch (q.Question.Type)
        {
            case QuestionType.Scale:
                doc.Table(["Value", "Responses"], q.Results.Scale!.Distribution.Select(d => (IReadOnlyList<string>)[Number(d.Value), Number(d.Count)]));
                break;
            case QuestionType.Ranking:
                doc.Table(["Option", "Average rank", "Points"], q.Results.Options.OrderByDescending(o => o.Points)
                    .Select(o => (IReadOnlyList<string>)[o.Text, ReportFormat.Figure(o.AverageRank), Number(o.Points ?? 0)]));
                break;
            case QuestionType.OpenText:
                doc.Table(["Word", "Count"], (q.Results.Words ?? []).Take(30).Select(w => (IReadOnlyList<string>)[w.Text, Number(w.Count)]));
                doc.Table(["All answers"], q.Answers.Select(a => (IReadOnlyList<string>)[a]));
                break;
            default:
                doc.Table(["Option", "Phones", "Cards", "Total", "Share"], q.Results.Options
                    .Select(o => (IReadOnlyList<string>)[o.Text, Number(o.Phone), Number(o.Cards), Number(o.Total), Percent(q.Share(o))]));
                break;
        }
        if (q.Comparison is { } comparison)
        {
            doc.Paragraph($"Compared with Q{comparison.BeforeNumber} (asked earlier):", bold: true);
            doc.Table(["Option", "Before", "After", "Shift"], comparison.Shifts.Select(s => (IReadOnlyList<string>)
                [s.Text, Percent(s.BeforePercent), Percent(s.AfterPercent), Points(s.Points)]));
        }
        if (q.Segments is { } segments)
        {
            doc.Paragraph("By group (phone votes; fewer than 5 people shown as <5):", bold: true);
            doc.Table(["Group", .. segments.Options, "Answered"], segments.Rows.Select(r => (IReadOnlyList<string>)[r.Group, .. r.Cells, r.Answered]));
        }
    }
}
