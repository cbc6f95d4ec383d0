using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace LivePoll.BareHub;

public sealed record PendingVote(Guid Participant, BareQuestion Question, int Option)
{
    public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// The durable group commit LivePoll's writer makes: votes queue up, one writer stores every vote waiting in one SQLite
/// transaction (WAL, synchronous=FULL: each commit is on disk), then counts them and acknowledges them.
/// </summary>
public sealed class VoteStore(string connectionString) : BackgroundService
{
    private const int MaxBatch = 2000;
    private readonly Channel<PendingVote> _queue = Channel.CreateUnbounded<PendingVote>();

    public int QueueLength => _queue.Reader.Count;

    public Task<bool> WriteAsync(PendingVote vote)
    {
        _queue.Writer.TryWrite(vote);
        return vote.Stored.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                CREATE TABLE IF NOT EXISTS responses (participant TEXT NOT NULL, question TEXT NOT NULL, option INTEGER NOT NULL, PRIMARY KEY (participant, question));
                """;
            await setup.ExecuteNonQueryAsync(stoppingToken);
        }
        var batch = new List<PendingVote>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var vote))
            {
                batch.Add(vote);
            }
            var stored = await StoreAsync(connection, batch, stoppingToken);
            foreach (var vote in batch)
            {
                if (stored)
                {
                    vote.Question.Count(vote.Participant, vote.Option);
                }
                vote.Stored.TrySetResult(stored);
            }
            batch.Clear();
        }
    }

    private static async Task<bool> StoreAsync(SqliteConnection connection, List<PendingVote> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT OR REPLACE INTO responses (participant, question, option) VALUES ($participant, $question, $option)";
            var participant = insert.Parameters.Add("$participant", SqliteType.Text);
            var question = insert.Parameters.Add("$question", SqliteType.Text);
            var option = insert.Parameters.Add("$option", SqliteType.Integer);
            foreach (var vote in batch)
            {
                participant.Value = vote.Participant.ToString();
                question.Value = vote.Question.Id.ToString();
                option.Value = vote.Option;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
