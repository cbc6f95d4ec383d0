using LivePoll.Domain.Access;

namespace LivePoll.Domain.Tests;

public sealed class AuditEntryTests
{
    [Fact]
    public void Entries_made_in_the_same_millisecond_still_sort_in_the_order_they_were_made()
    {
        var entries = Enumerable.Range(0, 5_000).Select(i => AuditEntry.Of(Guid.Empty, "moderator", $"step {i}", "", DateTimeOffset.UnixEpoch)).ToList();

        // as the databases sort them: SQLite by the text of the id, PostgreSQL by its bytes (the same order)
        Assert.Equal(entries, entries.OrderBy(e => e.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal));
        Assert.Equal(entries, entries.OrderBy(e => e.Id));
        Assert.All(entries, e => Assert.Equal(7, e.Id.Version));
    }
}
