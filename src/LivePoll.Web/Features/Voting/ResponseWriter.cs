using LivePoll.Data;
using LivePoll.Domain.Voting;
using LivePoll.Web.Realtime;
using Microsoft.EntityFrameworkCore;
using System.Data.Common;
using System.Threading.Channels;

namespace LivePoll.Web.Features.Voting;

/// <summary>A validated ballot waiting to be stored; <see cref="Committed"/> completes after the commit.</summary>
public sealed record PendingResponse(LiveEvent Live, Guid QuestionId, Guid ParticipantId, Ballot Ballot)
{
    private readonly TaskCompletionSource<bool> _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<bool> Committed => _committed.Task;

    public void Complete(bool committed) => _committed.TrySetResult(committed);
}

/// <summary>
/// The single writer of responses: drains the queue in batches, one transaction per batch
/// (group commit), and only then acknowledges, updates the live tallies and asks for a broadcast.
/// On shutdown it stops taking new ballots and drains what was queued.
/// </summary>
public sealed class ResponseWriter(
    IDbContextFactory<LivePollDbContext> dbFactory,
    ResultsBroadcaster broadcaster,
    TimeProvider time,
    ILogger<ResponseWriter> logger) : BackgroundService
{
    private const int MaxBatchSize = 1000;
    private const int QueueCapacity = 100_000;

    private readonly Channel<PendingResponse> _queue = Channel.CreateBounded<PendingResponse>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Ballots waiting for the next commit.</summary>
    public int QueueLength => _queue.Reader.Count;

    /// <summary>True once the ballot is durably stored; false when it could not be (the voter is told to retry).</summary>
    public async Task<bool> WriteAsync(PendingResponse pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return false;
        }
        return await pending.Committed;
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingResponse>(MaxBatchSize);
        // Not bound to stoppingToken: after StopAsync completes the channel, the loop drains what is queued.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingResponse> batch)
    {
        try
        {
            await SaveAsync(batch);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            logger.LogError(ex, "Could not store a batch of {Count} responses; voters are asked to retry", batch.Count);
            batch.ForEach(p => p.Complete(false));
            return;
        }
        foreach (var pending in batch)
        {
            pending.Live.TallyFor(pending.QuestionId).Apply(pending.ParticipantId, pending.Ballot);
            pending.Complete(true);
            broadcaster.MarkResultsDirty(pending.Live.Id, pending.QuestionId);
        }
    }

    private async Task SaveAsync(List<PendingResponse> batch)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // The same upsert works on SQLite and PostgreSQL; a changed vote updates the one row.
        command.CommandText = """
            INSERT INTO "Responses" ("Id", "QuestionId", "ParticipantId", "OptionIds", "Value", "Text", "CreatedAt", "UpdatedAt")
            VALUES (@id, @question, @participant, @options, @value, @text, @now, @now)
            ON CONFLICT ("QuestionId", "ParticipantId") DO UPDATE SET
                "OptionIds" = excluded."OptionIds", "Value" = excluded."Value", "Text" = excluded."Text", "UpdatedAt" = excluded."UpdatedAt"
            """;
        var id = AddParameter(command, "@id");
        var question = AddParameter(command, "@question");
        var participant = AddParameter(command, "@participant");
        var options = AddParameter(command, "@options");
        var value = AddParameter(command, "@value");
        var text = AddParameter(command, "@text");
        var now = AddParameter(command, "@now");
        now.Value = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);
        await command.PrepareAsync();
        foreach (var pending in batch)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            question.Value = pending.QuestionId.ToString().ToUpperInvariant();
            participant.Value = pending.ParticipantId.ToString().ToUpperInvariant();
            options.Value = (object?)Response.JoinOptionIds(pending.Ballot.OptionIds) ?? DBNull.Value;
            value.Value = (object?)pending.Ballot.Value ?? DBNull.Value;
            text.Value = (object?)pending.Ballot.Text ?? DBNull.Value;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
