using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>
/// Tests of SQLite's own failure modes, and the slowest checks of what does not depend on the database at all (files
/// opened by LibreOffice): on the PostgreSQL pass of the suite they report themselves skipped, with the reason.
/// </summary>
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
