using LivePoll.Web.Features.People;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports.Exports;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Localization;
using LivePoll.Web.Realtime;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Features.Reports;

internal static class ExportApi
{
    private const int MaxSlugLength = 48;

    /// <summary>The export that holds a row per response; none under the Chatham House rule.</summary>
    public const string RawRowsFormat = "csv";

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        // The event JSON (which POST /api/events takes back as a template) plus its results at this moment.
        api.MapGet("/events/{id:guid}/export/json", async (Guid id, LiveEventRegistry registry, TimeProvider time) =>
        {
            var live = await registry.GetAsync(id) ?? throw new NotFoundException("TheEventDoesNotExist");
            var snapshot = live.Snapshot;
            var document = JsonSerializer.SerializeToNode(snapshot.ToDto(), JsonDefaults.Options)!.AsObject();
            document["exportedAt"] = time.GetUtcNow();
            document["results"] = JsonSerializer.SerializeToNode(ResultsService.ForEvent(live), JsonDefaults.Options);
            var bytes = Encoding.UTF8.GetBytes(document.ToJsonString(JsonDefaults.Options));
            return Results.File(bytes, "application/json", FileName(snapshot.Title, time.GetUtcNow(), "json", snapshot.InRehearsal));
        }).RequireAuthorization(EventPolicies.Report);

        // The report and the raw data, each from one consistent read of the event.
        api.MapGet("/events/{id:guid}/export/{format}", async (Guid id, string format, HttpContext http, ReportService reports,
            HtmlExport html, PdfExport pdf, IStringLocalizer<StaffText> text, TimeProvider time) =>
        {
            if (!MediaTypes.TryGetValue(format, out var mediaType))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown export format",
                    detail: $"Choose one of: json, {string.Join(", ", MediaTypes.Keys)}.");
            }
            var snapshot = await reports.OpenAsync(id);
            http.Response.RegisterForDisposeAsync(snapshot);
            if (format == RawRowsFormat && snapshot.Event.ChathamHouse)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No raw rows under the Chatham House rule",
                    detail: "This event follows the Chatham House rule: no export holds a row per person. The Excel, Word, PowerPoint, PDF, HTML and JSON exports hold the aggregates.");
            }
            var fileName = FileName(snapshot.Event.Title, time.GetUtcNow(), format, snapshot.Event.InRehearsal);
            switch (format)
            {
                case "csv":
                    return Results.Stream(body => CsvExport.WriteAsync(snapshot, body), mediaType, fileName);
                case "html":
                    return Results.File(Encoding.UTF8.GetBytes(await html.RenderAsync(await reports.ReportAsync(snapshot))), mediaType, fileName);
                case "pdf":
                    var printed = await pdf.PrintAsync(await html.RenderAsync(await reports.ReportAsync(snapshot)), http.RequestAborted);
                    return Results.File(printed, mediaType, fileName);
                default:
                    // the Open XML packages are zip files written with seeking: into a temporary file, then streamed
                    var file = TemporaryFile();
                    var report = await reports.ReportAsync(snapshot);
                    switch (format)
                    {
                        case "xlsx":
                            await XlsxExport.WriteAsync(snapshot, report, file);
                            break;
                        case "pptx":
                            PptxExport.Write(report, file, text);
                            break;
                        default:
                            DocxExport.Write(report, file, text);
                            break;
                    }
                    file.Position = 0;
                    return Results.File(file, mediaType, fileName);
            }
        }).RequireAuthorization(EventPolicies.Report);
        return api;
    }

    internal static readonly Dictionary<string, string> MediaTypes = new(StringComparer.Ordinal)
    {
        ["csv"] = "text/csv; charset=utf-8",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["pdf"] = "application/pdf",
        ["html"] = "text/html; charset=utf-8",
    };

    internal static FileStream TemporaryFile() => new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>
    /// "what-role-for-capacity-building-2026-11-24.json": the event's slug and the day of export ("…-rehearsal-2026-11-24.json"
    /// for a file taken during a rehearsal).
    /// </summary>
    public static string FileName(string title, DateTimeOffset at, string extension, bool rehearsal = false)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var name = slug.ToString().Trim('-');
        if (name.Length > MaxSlugLength)
        {
            var cut = name.LastIndexOf('-', MaxSlugLength);
            name = name[..(cut > 0 ? cut : MaxSlugLength)];
        }
        name = name.Length == 0 ? "event" : name;
        return $"{name}{(rehearsal ? "-rehearsal" : "")}-{at:yyyy-MM-dd}.{extension}";
    }
}
