using System.Data.Common;
using LivePoll.Domain.Participants;
using LivePoll.Testing;
using LivePoll.Web.Features.Voting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivePoll.IntegrationTests;

/// <summary>The audience writer commits in batches; one bad write in a batch must not cost the others their place.</summary>
public sealed class WriterFaultTests : AppTestBase
{
    [Fact]
    public async Task A_batch_with_one_poisoned_write_stores_and_acknowledges_every_other_write()
    {
        var writer = App.Services.GetRequiredService<AudienceWriter>();
        using var demo = await DemoAsync();
        var good = Enumerable.Range(0, 50).Select(_ => new Participant { EventId = demo.Event.Id, TokenHash = Guid.NewGuid().ToByteArray(), JoinedAt = DateTimeOffset.UtcNow }).ToList();
        var poisoned = new Participant { EventId = Guid.NewGuid(), TokenHash = Guid.NewGuid().ToByteArray(), JoinedAt = DateTimeOffset.UtcNow }; // no such event

        List<Task<bool>> acks;
        // the database is held by another connection while the writes queue up, so they meet in one batch
        await using (await HoldDatabaseAsync())
        {
            acks = [.. good.Append(poisoned).Select(p => writer.WriteAsync(new PendingParticipant(p), Ct))];
            await Task.Delay(300, Ct);
        }
        var stored = await Task.WhenAll(acks).WaitAsync(TimeSpan.FromMinutes(1), Ct);

        Assert.All(stored[..^1], Assert.True);
        Assert.False(stored[^1]);
        Assert.Equal(good.Count, await CountAsync("Participants"));
    }

    /// <summary>A write lock on the app's database from outside the app, released on dispose.</summary>
    private async Task<IAsyncDisposable> HoldDatabaseAsync()
    {
        var connection = App.OpenDatabase();
        await using var lockCommand = connection.CreateCommand();
        lockCommand.CommandText = connection is SqliteConnection ? "BEGIN IMMEDIATE" : """BEGIN; LOCK TABLE "Participants" IN EXCLUSIVE MODE""";
        await lockCommand.ExecuteNonQueryAsync(Ct);
        return new HeldDatabase(connection);
    }

    private sealed class HeldDatabase(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var rollback = connection.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
        }
    }
}
