using LivePoll.Data;
using LivePoll.Web.Realtime;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Reports;

/// <summary>Builds the report of an event (page and every export) from one consistent read.</summary>
public sealed class ReportService(IDbContextFactory<LivePollDbContext> dbFactory, LiveEventRegistry registry, TimeProvider time)
{
    /// <summary>A read of the event that stays consistent until disposed; 404 (<see cref="Infrastructure.NotFoundException"/>) when there is none.</summary>
    public Task<ReportSnapshot> OpenAsync(Guid eventId) => ReportSnapshot.OpenAsync(dbFactory, eventId);

    public async Task<EventReport> ReportAsync(ReportSnapshot snapshot) =>
        await snapshot.ReportAsync(await registry.GetAsync(snapshot.Event.Id), time.GetUtcNow());

    public async Task<EventReport> BuildAsync(Guid eventId)
    {
        await using var snapshot = await OpenAsync(eventId);
        return await ReportAsync(snapshot);
    }
}

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services) => services
        .AddSingleton<ReportService>()
        .AddScoped<Exports.HtmlExport>() // renders components: needs the request's scope
        .AddSingleton<Exports.PdfExport>();
}
