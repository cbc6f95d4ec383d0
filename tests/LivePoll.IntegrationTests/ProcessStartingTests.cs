namespace LivePoll.IntegrationTests;

/// <summary>
/// Tests that start the app as separate processes run one after another: several of them at once, beside the
/// rest of the suite, would starve each other of the machine's two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProcessStartingTests
{
    public const string Name = "App processes";
}

/// <summary>
/// Tests that read exact metric values run with nothing beside them: every app started in this test process publishes
/// the same meter names, and an OpenTelemetry listener hears them all.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsReadingTests
{
    public const string Name = "Metrics readers";
}
