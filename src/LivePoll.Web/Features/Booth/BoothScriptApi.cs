using System.Text;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Features.Reports.Exports;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Localization;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Features.Booth;

internal static class BoothScriptApi
{
    private static readonly string[] Formats = ["pdf", "docx", "html"];

    /// <summary><c>GET /api/events/{id}/booth-script/{pdf|docx|html}</c>: every text of the event in all its languages, side by side.</summary>
    public static RouteGroupBuilder MapBoothScriptApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id:guid}/booth-script/{format}", async (Guid id, string format, HttpContext http, EventService events, PdfExport pdf,
            IStringLocalizer<StaffText> L, TimeProvider time) =>
        {
            if (!Formats.Contains(format))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown booth script format", detail: "Choose one of: pdf, docx, html.");
            }
            var ev = await events.GetAsync(id, http.RequestAborted) ?? throw new NotFoundException("TheEventDoesNotExist");
            var script = BoothScript.Of(ev, label => L[label]);
            var heading = L["BoothScriptN", ev.Title];
            var missing = L["NotYetTranslatedOriginalShown"];
            var fileName = ExportApi.FileName(ev.Title + " booth script", time.GetUtcNow(), format);
            var mediaType = ExportApi.MediaTypes[format];
            switch (format)
            {
                case "html":
                    return Results.File(Encoding.UTF8.GetBytes(BoothScriptFiles.Html(script, heading, missing)), mediaType, fileName);
                case "pdf":
                    return Results.File(await pdf.PrintAsync(BoothScriptFiles.Html(script, heading, missing), http.RequestAborted), mediaType, fileName);
                default:
                    var file = ExportApi.TemporaryFile();
                    BoothScriptFiles.Word(script, heading, missing, file);
                    file.Position = 0;
                    return Results.File(file, mediaType, fileName);
            }
        }).RequireAuthorization(EventPolicies.Booth);
        return api;
    }
}
