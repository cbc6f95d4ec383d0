using System.Globalization;
using System.Text;
using CsvHelper;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>The raw data in tidy long format, UTF-8 with a byte-order mark so that Excel reads accents and Arabic.</summary>
internal static class CsvExport
{
    public static readonly string[] Header = ["session", "question_number", "question", "type", "option", "value", "rank", "text", "source", "segment", "time", "respondent"];

    public static async Task WriteAsync(ReportSnapshot snapshot, Stream output)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        await foreach (var row in snapshot.RowsAsync())
        {
            foreach (var field in Fields(row))
            {
                csv.WriteField(field is DateTimeOffset time ? time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : field);
            }
            await csv.NextRecordAsync();
        }
    }

    /// <summary>One row's cells in the order of <see cref="Header"/>, typed (the XLSX raw sheet stores them as they are).</summary>
    public static object?[] Fields(ResponseRow row) =>
    [
        row.Session, row.QuestionNumber, row.Question, row.Type.ToString(), row.Option, row.Value, row.Rank, row.Text,
        row.Source, row.Segment, row.Time, row.Respondent,
    ];
}
