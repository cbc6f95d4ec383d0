using System.Diagnostics;
using System.Runtime;

namespace LivePoll.BareHub;

/// <summary>GET /api/runtime: the figures the load generator reads from LivePoll's endpoint of the same name.</summary>
public static class RuntimeStatus
{
    public static object Read(int connectedPhones, int pendingWrites)
    {
        using var process = Process.GetCurrentProcess();
        return new
        {
            workingSetBytes = process.WorkingSet64,
            managedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            cpuTimeMs = process.TotalProcessorTime.TotalMilliseconds,
            gcPauseTotalMs = GC.GetTotalPauseDuration().TotalMilliseconds,
            gen0Collections = GC.CollectionCount(0),
            gen1Collections = GC.CollectionCount(1),
            gen2Collections = GC.CollectionCount(2),
            jitCompiledMethods = JitInfo.GetCompiledMethodCount(),
            jitTimeMs = JitInfo.GetCompilationTime().TotalMilliseconds,
            serverGc = GCSettings.IsServerGC,
            processorCount = Environment.ProcessorCount,
            connectedPhones,
            pendingWrites,
            uptimeSeconds = (DateTime.Now - process.StartTime).TotalSeconds,
        };
    }
}
