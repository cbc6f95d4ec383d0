namespace LivePoll.E2ETests;

/// <summary>
/// Classes with a test that starts, kills and restarts an app process of its own run one after another: two such
/// processes restarting at once on a two-core machine would each miss their time to come back.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppRestartTests
{
    public const string Name = "App restarts";
}
