using System.Diagnostics;
using System.Diagnostics.Metrics;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Operations;

/// <summary>
/// LivePoll's own meter ("LivePoll"), beside ASP.NET Core's and the runtime's: what an operator watches during a
/// plenary — phones connected, events in memory, the write queue, commits (batch size, duration), how long a phone
/// waits for its vote to be acknowledged, and how long a broadcast of results takes.
/// </summary>
public sealed class LivePollMetrics
{
    public const string MeterName = "LivePoll";

    private readonly Counter<long> _committed;
    private readonly Counter<long> _refused;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _commitDuration;
    private readonly Histogram<double> _ackDuration;
    private readonly Histogram<double> _broadcastDuration;
    private readonly Counter<long> _repaired;

    /// <param name="services">Read when the gauges are observed (the registry and the writer also record here).</param>
    public LivePollMetrics(IMeterFactory meters, IServiceProvider services)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("livepoll.phones.connected",
            () => services.GetRequiredService<LiveEventRegistry>().Loaded().Sum(live => live.ConnectedHere),
            description: "Phones connected to this instance");
        meter.CreateObservableGauge("livepoll.events.in_memory",
            () => services.GetRequiredService<LiveEventRegistry>().Loaded().Count(),
            description: "Events held in memory by this instance");
        meter.CreateObservableGauge("livepoll.writer.queue_length",
            () => services.GetRequiredService<AudienceWriter>().QueueLength,
            description: "Audience writes waiting for the next commit");
        _committed = meter.CreateCounter<long>("livepoll.writes.committed", description: "Audience writes stored and acknowledged (votes, joins, questions, upvotes)");
        _refused = meter.CreateCounter<long>("livepoll.writes.refused", description: "Audience writes that could not be stored (the phone is told to retry)");
        _batchSize = meter.CreateHistogram<int>("livepoll.writer.batch_size", description: "Writes per commit");
        _commitDuration = meter.CreateHistogram<double>("livepoll.writer.commit_duration", unit: "ms", description: "Time to store one batch");
        _ackDuration = meter.CreateHistogram<double>("livepoll.write.ack_duration", unit: "ms", description: "From a phone's write reaching the server to its acknowledgement");
        _repaired = meter.CreateCounter<long>("livepoll.tallies.repaired",
            description: "Answers another instance committed whose notice never arrived, taken from the database instead");
        _broadcastDuration = meter.CreateHistogram<double>("livepoll.broadcast.duration", unit: "ms", description: "Time to send one round of changed results, Q&A and presence");
    }

    public void Committed(IReadOnlyCollection<PendingWrite> batch, TimeSpan took)
    {
        _batchSize.Record(batch.Count);
        _commitDuration.Record(took.TotalMilliseconds);
        foreach (var kind in batch.GroupBy(pending => pending.Kind))
        {
            _committed.Add(kind.Count(), new KeyValuePair<string, object?>("kind", kind.Key));
        }
    }

    public void Refused(int writes) => _refused.Add(writes);

    public void Repaired(int answers) => _repaired.Add(answers);

    public void Acknowledged(long startedAt) => _ackDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);

    public void Broadcast(long startedAt) => _broadcastDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);
}
