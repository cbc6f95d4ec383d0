using LivePoll.Web.Localization;
using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using LivePoll.Web.Features.Reports.Exports.OpenXml;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>
/// A workbook for analysis: "Questions" (one row per question), a sheet per question with its wording, key figures,
/// counts and a native bar chart, a "Groups" sheet when the event has a profile question (small cells read "&lt;5"),
/// and "Responses" with the raw rows (none under the Chatham House rule). Numbers are numbers and moments are dates; every sheet prints landscape, one
/// page wide, with its header row repeated. Column headings are fixed English names, so scripts can rely on them.
/// </summary>
internal static class XlsxExport
{
    /// <summary>The row of a question sheet's table heading: above it the question's wording and key figures.</summary>
    public const int QuestionTableHeaderRow = 8;

    public static async Task WriteAsync(ReportSnapshot snapshot, EventReport report, Stream output)
    {
        using var workbook = new Workbook(output, report.Title);
        if (report.Rehearsal)
        {
            using var notice = workbook.AddSheet("Rehearsal", [100], headerRow: 1);
            notice.Row([EnglishText.Of(EventReport.RehearsalNotice)], CellStyle.Header);
        }
        using (var sheet = workbook.AddSheet("Questions", [8, 30, 60, 16, 16, 10, 11, 9, 9, 9], headerRow: 1))
        {
            sheet.Row(["Number", "Session", "Question", "Type", "Phone responses", "Cards", "Turnout %", "Mean", "Median", "Answers"], CellStyle.Header);
            foreach (var session in report.Sessions)
            {
                foreach (var q in session.Questions)
                {
                    sheet.Row([q.Number, session.Title, q.Question.Text, q.Question.Type.ToString(), q.PhoneResponses, q.Cards, q.Turnout,
                        q.Results.Scale?.Mean, q.Results.Scale?.Median, q.Results.Answers], CellStyle.Wrapped);
                }
            }
        }
        foreach (var session in report.Sessions)
        {
            foreach (var q in session.Questions)
            {
                WriteQuestionSheet(workbook, session, q);
            }
        }
        if (report.ProfileQuestion is not null)
        {
            using var sheet = workbook.AddSheet("Groups", [8, 50, 24, 40, 10, 14], headerRow: 1);
            sheet.Row(["Number", "Question", "Group", "Option", "People", "Group answered"], CellStyle.Header);
            foreach (var q in report.Questions.Where(q => q.Segments is not null))
            {
                foreach (var row in q.Segments!.Rows)
                {
                    foreach (var (option, cell) in q.Segments.Options.Zip(row.Cells))
                    {
                        sheet.Row([q.Number, q.Question.Text, row.Group, option, Count(cell), Count(row.Answered)]);
                    }
                }
            }
        }
        if (report.ChathamHouse)
        {
            return; // no row per person
        }
        using (var sheet = workbook.AddSheet("Responses", [24, 8, 50, 16, 30, 7, 6, 40, 8, 20, 20, 11], headerRow: 1))
        {
            sheet.Row(CsvExport.Header, CellStyle.Header);
            await foreach (var row in snapshot.RowsAsync())
            {
                sheet.Row(CsvExport.Fields(row));
            }
        }
    }

    private static void WriteQuestionSheet(Workbook workbook, SessionReport session, QuestionReport q)
    {
        var name = $"Q{q.Number}";
        var (header, rows) = Table(q);
        using var sheet = workbook.AddSheet(name, [40, 12, 12, 12, 12, 12], QuestionTableHeaderRow);
        sheet.Row([$"{name}. {q.Question.Text}"], CellStyle.Title);
        sheet.Row(["Session", session.Title]);
        sheet.Row(["Type", q.Question.Type.ToString()]);
        sheet.Row(["Phone responses", q.PhoneResponses]);
        sheet.Row(["Cards", q.Cards]);
        sheet.Row(["Turnout %", q.Turnout]);
        sheet.Row([]);
        sheet.Row(header, CellStyle.Header);
        foreach (var row in rows)
        {
            sheet.Row(row, CellStyle.Wrapped);
        }
        var bars = ChartBar.For(q.Results, q.Question);
        if (bars.Count > 0 && q.HasVotes)
        {
            var cells = ChartCellsOf(q.Question.Type, name);
            var chart = NativeBarChart.Create(bars, cells, ("Phones", "Cards"), fontSize: 10);
            var top = QuestionTableHeaderRow - 1;
            sheet.Draw(drawings => SheetChart.Anchor(drawings, chart, $"Chart of {name}", (header.Count + 1, top), (header.Count + 9, top + Math.Max(14, 2 * bars.Count))));
        }
    }

    /// <summary>A question's counts, in the order its chart draws them (a ranking by points, best first).</summary>
    private static (IReadOnlyList<string> Header, IEnumerable<object?[]> Rows) Table(QuestionReport q) => q.Question.Type switch
    {
        QuestionType.Scale => (["Step", "Value", "Count"], q.Results.Scale!.Distribution.Select(d =>
            new object?[] { ScaleSteps.Label(d.Value, q.Question.ScaleMin, q.Question.ScaleMax, q.Question.ScaleMinLabel, q.Question.ScaleMaxLabel), d.Value, d.Count })),
        QuestionType.OpenText => (["Word", "Count"], q.Results.Words!.Select(w => new object?[] { w.AllSpellings, w.Count })),
        QuestionType.Ranking => (["Option", "Points", "Average rank", "Rankings"], q.Results.Options.OrderByDescending(o => o.Points).Select(o =>
            new object?[] { o.Text, o.Points ?? 0, o.AverageRank, o.Phone })),
        _ => (["Option", "Colour", "Phones", "Cards", "Total", "Share %"], q.Results.Options.Select(o =>
            new object?[] { o.Text, o.Colour, o.Phone, o.Cards, o.Total, Math.Round(q.Share(o), 1, MidpointRounding.AwayFromZero) })),
    };

    private static ChartCells ChartCellsOf(QuestionType type, string sheet) => type switch
    {
        QuestionType.Scale => new ChartCells(sheet, QuestionTableHeaderRow + 1, Labels: 1, Phones: 3, Cards: null),
        QuestionType.Ranking => new ChartCells(sheet, QuestionTableHeaderRow + 1, Labels: 1, Phones: 2, Cards: null),
        _ => new ChartCells(sheet, QuestionTableHeaderRow + 1, Labels: 1, Phones: 3, Cards: 4),
    };

    /// <summary>A count of the breakdown: a number, or "&lt;5" where it is too small to show.</summary>
    private static object Count(string cell) => int.TryParse(cell, out var count) ? count : cell;
}
