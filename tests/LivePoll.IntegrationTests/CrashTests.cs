using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;

namespace LivePoll.IntegrationTests;

/// <summary>
/// Phones vote as fast as they can; the server process is killed (SIGKILL) or stopped (SIGTERM) in the
/// middle of the burst and started again on the same database. No acknowledged vote may be missing,
/// and every phone that comes back with its token sees its own vote.
/// </summary>
[Collection(ProcessStartingTests.Name)]
public sealed class CrashTests : IDisposable
{
    private const int PhoneCount = 30;
    private const int AcksBeforeStop = 300;

    private readonly string _directory = Directory.CreateTempSubdirectory("livepoll-crash-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_directory, "livepoll.db");

    [SqliteOnlyTheory("it restarts the app on one SQLite file (ScaleOutTests kill an instance on PostgreSQL)")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_acknowledged_vote_survives_the_server_stopping_mid_burst(bool graceful)
    {
        Guid questionId;
        var ledgers = Enumerable.Range(0, PhoneCount).Select(_ => new VoteLedger()).ToArray();
        await using (var server = await AppProcess.StartAsync(DatabasePath, Ct))
        {
            using var demo = await DemoEventApi.LoadAsync(await LivePollAppFactory.SignInAsync(server.CreateClient(), Ct), Ct);
            questionId = demo.Question(QuestionType.OpenText).Id;
            await demo.StepAsync(questionId, "open", Ct);
            var phones = await Task.WhenAll(Enumerable.Range(0, PhoneCount).Select(_ => Phone.ConnectAsync(server.BaseAddress, Ct)));
            foreach (var (phone, ledger) in phones.Zip(ledgers))
            {
                ledger.Token = (await phone.JoinAsync("GFMD18", cancellationToken: Ct)).ParticipantToken;
            }

            var burst = phones.Zip(ledgers).Select((pair, i) => VoteBurst.VoteUntilCutOffAsync(pair.First, pair.Second, questionId, $"phone {i}")).ToList();
            while (ledgers.Sum(l => l.Acks) < AcksBeforeStop)
            {
                await Task.Delay(10, Ct);
            }
            // A slow disk: another connection holds the write lock, so votes pile up uncommitted
            // (and must stay unacknowledged) at the moment the server stops.
            await using (var slowDisk = await DatabaseLock.TakeAsync(DatabasePath, Ct))
            {
                await Task.Delay(300, Ct);
                if (graceful)
                {
                    var exit = server.TerminateAsync(Ct);
                    await Task.Delay(300, Ct);
                    await slowDisk.ReleaseAsync();
                    Assert.Equal(0, await exit);
                }
                else
                {
                    await server.KillAsync();
                }
            }
            await Task.WhenAll(burst).WaitAsync(TimeSpan.FromSeconds(60), Ct);
            await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
        }

        await using var restarted = await AppProcess.StartAsync(DatabasePath, Ct);
        var stored = new List<string?>();
        foreach (var ledger in ledgers)
        {
            await using var phone = await Phone.ConnectAsync(restarted.BaseAddress, Ct);
            var rejoined = await phone.JoinAsync("GFMD18", ledger.Token, Ct);
            Assert.Equal(ledger.Token, rejoined.ParticipantToken);
            var mine = rejoined.CurrentQuestion?.Id == questionId ? rejoined.MyResponse?.Text : null;
            // The newest acknowledged vote, or the one sent after it whose ack the stop cut off.

            Assert.NotNull(ledger.LastAcked);
            Assert.Contains(mine, new[] { ledger.LastAcked, ledger.Unanswered });
            stored.Add(mine);

        }
        Assert.True(ledgers.Sum(l => l.Acks) >= AcksBeforeStop);
        using var demoAfter = await DemoEventApi.LoadAsync(await LivePollAppFactory.SignInAsync(restarted.CreateClient(), Ct), Ct);
        Assert.Equal(PhoneCount, (await demoAfter.ResultsAsync(questionId, Ct)).Participants);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>An exclusive transaction on the database file from outside the app.</summary>
    private sealed class DatabaseLock : IAsyncDisposable
    {
        private readonly Microsoft.Data.Sqlite.SqliteConnection _connection;
        private bool _held = true;

        private DatabaseLock(Microsoft.Data.Sqlite.SqliteConnection connection) => _connection = connection;

        public static async Task<DatabaseLock> TakeAsync(string path, CancellationToken cancellationToken)
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync(cancellationToken);
            await using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(cancellationToken);
            return new DatabaseLock(connection);
        }

        public async Task ReleaseAsync()
        {
            if (_held)
            {
                await using var rollback = _connection.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync();
                _held = false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await ReleaseAsync();
            await _connection.DisposeAsync();
        }
    }
}
