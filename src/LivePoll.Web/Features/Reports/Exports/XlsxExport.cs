using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LivePoll.Domain.Questions;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>
/// A workbook for analysis: "Questions" (one row per question), a sheet per question with its counts, a "Groups"
/// sheet when the event has a profile question (small cells read "&lt;5"), and "Responses" with the raw rows.
/// Numbers are stored as numbers; the raw sheet streams from the snapshot.
/// </summary>
internal static class XlsxExport
{
    /// <summary>Writes the workbook into <paramref name="output"/>, which must be seekable (the styles are mended in place).</summary>
    public static async Task WriteAsync(ReportSnapshot snapshot, EventReport report, Stream output)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Questions"] = report.Questions.Select(QuestionRow).ToList(),
        };
        foreach (var question in report.Questions)
        {
            sheets[$"Q{question.Number}"] = Counts(question).ToList();
        }
        if (report.ProfileQuestion is not null)
        {
            sheets["Groups"] = report.Questions.Where(q => q.Segments is not null).SelectMany(GroupRows).ToList();
        }
        sheets["Responses"] = snapshot.RowsAsync().ToBlockingEnumerable().Select(RawRow);
        // Fixed widths instead of auto width: auto width needs MiniExcel's fast mode, which keeps the sheets in memory.
        var configuration = new OpenXmlConfiguration { AutoFilter = true, TableStyles = MiniExcelLibs.OpenXml.TableStyles.None, DynamicColumns = Widths };
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX, configuration: configuration);
        output.Position = 0;
        MendFills(output);
    }

    /// <summary>
    /// MiniExcel writes one empty <c>&lt;fill&gt;</c>, which openpyxl (and so pandas) refuses to read; a workbook starts
    /// with the two fills Excel itself writes. Only the styles part is loaded: the sheets are copied as they are.
    /// </summary>
    private static void MendFills(Stream workbook)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        stylesheet.Fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };
    }

    private static readonly DynamicExcelColumn[] Widths =
    [
        .. new[] { "Question", "Option", "Text", "session", "question", "option", "text" }.Select(key => new DynamicExcelColumn(key) { Width = 50 }),
        .. new[] { "Group", "Word", "segment", "time", "Type", "type" }.Select(key => new DynamicExcelColumn(key) { Width = 22 }),
    ];

    private static Dictionary<string, object?> QuestionRow(QuestionReport q) => new()
    {
        ["Number"] = q.Number,
        ["Question"] = q.Question.Text,
        ["Type"] = q.Question.Type.ToString(),
        ["Phone responses"] = q.PhoneResponses,
        ["Cards"] = q.Cards,
        ["Turnout %"] = q.Turnout,
        ["Mean"] = q.Results.Scale?.Mean,
        ["Median"] = q.Results.Scale?.Median,
        ["Answers"] = q.Results.Answers,
    };

    private static IEnumerable<Dictionary<string, object?>> Counts(QuestionReport q) => q.Question.Type switch
    {
        QuestionType.Scale => q.Results.Scale!.Distribution.Select(d => new Dictionary<string, object?> { ["Value"] = d.Value, ["Count"] = d.Count }),
        QuestionType.OpenText => q.Results.Words!.Select(w => new Dictionary<string, object?> { ["Word"] = w.Text, ["Count"] = w.Count }),
        QuestionType.Ranking => q.Results.Options.Select(o => new Dictionary<string, object?>
        {
            ["Option"] = o.Text, ["Rankings"] = o.Phone, ["Average rank"] = o.AverageRank, ["Points"] = o.Points,
        }),
        _ => q.Results.Options.Select(o => new Dictionary<string, object?>
        {
            ["Option"] = o.Text, ["Colour"] = o.Colour, ["Phones"] = o.Phone, ["Cards"] = o.Cards, ["Total"] = o.Total,
            ["Share %"] = Math.Round(q.Share(o), 1, MidpointRounding.AwayFromZero),
        }),
    };

    private static IEnumerable<Dictionary<string, object?>> GroupRows(QuestionReport q) =>
        q.Segments!.Rows.SelectMany(row => q.Segments.Options.Select((option, i) => new Dictionary<string, object?>
        {
            ["Number"] = q.Number, ["Question"] = q.Question.Text, ["Group"] = row.Group, ["Option"] = option,
            ["People"] = row.Cells[i], ["Group answered"] = row.Answered,
        }));

    private static Dictionary<string, object?> RawRow(ResponseRow row) =>
        CsvExport.Header.Zip(CsvExport.Fields(row)).ToDictionary(pair => pair.First, pair => pair.Second);
}
