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
