using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Reports;

internal static class ExportApi
{
    private const int MaxSlugLength = 48;

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        // The event JSON (which POST /api/events takes back as a template) plus its results at this moment.
        api.MapGet("/events/{id:guid}/export/json", async (Guid id, LiveEventRegistry registry, TimeProvider time) =>
        {
            var live = await registry.GetAsync(id) ?? throw new NotFoundException("The event does not exist.");
            var snapshot = live.Snapshot;
            var document = JsonSerializer.SerializeToNode(snapshot.ToDto(), JsonDefaults.Options)!.AsObject();
            document["exportedAt"] = time.GetUtcNow();
            document["results"] = JsonSerializer.SerializeToNode(ResultsService.ForEvent(live), JsonDefaults.Options);
            var bytes = Encoding.UTF8.GetBytes(document.ToJsonString(JsonDefaults.Options));
            return Results.File(bytes, "application/json", FileName(snapshot.Title, time.GetUtcNow(), "json"));
        });
        return api;
    }

    /// <summary>"what-role-for-capacity-building-2026-11-24.json": the event's slug and the day of export.</summary>
    public static string FileName(string title, DateTimeOffset at, string extension)
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
        return $"{name}-{at:yyyy-MM-dd}.{extension}";
    }
}
