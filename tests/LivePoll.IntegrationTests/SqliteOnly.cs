using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>Tests of SQLite's own failure modes: on the PostgreSQL pass of the suite they report themselves skipped.</summary>
internal static class SqliteOnly
{
    public static void Require(string why)
    {
        if (LivePollAppFactory.OnPostgres)
        {
            Assert.Skip($"SQLite only: {why}.");
        }
    }
}
