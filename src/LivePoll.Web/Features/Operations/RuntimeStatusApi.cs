using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Realtime;
using System.Diagnostics;
using System.Runtime;

namespace LivePoll.Web.Features.Operations;

/// <summary>What an operator (and the load generator) reads to see how the server copes: memory, CPU, GC, queue.</summary>
public sealed record RuntimeStatusDto(
    long WorkingSetBytes,
    long ManagedHeapBytes,
    double CpuTimeMs,
    double GcPauseTotalMs,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long JitCompiledMethods,
    double JitTimeMs,
    bool ServerGc,
    int ProcessorCount,
    int ConnectedPhones,
    int PendingWrites,
    double UptimeSeconds);

internal static class RuntimeStatusApi
{
    public static RouteGroupBuilder MapRuntimeStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/runtime", (LiveEventRegistry registry, AudienceWriter writer) => TypedResults.Ok(Read(registry, writer)))
            .RequireAuthorization(policy => policy.RequireRole(AdminAccounts.AdminRole));
        return api;
    }

    private static RuntimeStatusDto Read(LiveEventRegistry registry, AudienceWriter writer)
    {
        using var process = Process.GetCurrentProcess();
        return new RuntimeStatusDto(
            process.WorkingSet64,
            GC.GetTotalMemory(forceFullCollection: false),
            process.TotalProcessorTime.TotalMilliseconds,
            GC.GetTotalPauseDuration().TotalMilliseconds,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            System.Runtime.JitInfo.GetCompiledMethodCount(),
            System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
            GCSettings.IsServerGC,
            Environment.ProcessorCount,
            registry.ConnectedPhones,
            writer.QueueLength,
            (DateTime.Now - process.StartTime).TotalSeconds);
    }
}
