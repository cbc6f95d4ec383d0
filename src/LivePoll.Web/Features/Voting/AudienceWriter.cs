using LivePoll.Web.Features.Operations;
using LivePoll.Data;
using LivePoll.Domain.Participants;
using LivePoll.Domain.Qna;
using LivePoll.Domain.Voting;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using System.Data.Common;
using System.Globalization;
using System.Threading.Channels;

namespace LivePoll.Web.Features.Voting;

/// <summary>Something a phone sent that must be stored; <see cref="Committed"/> completes after the commit.</summary>
public abstract class PendingWrite
{
    private readonly TaskCompletionSource<bool> _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<bool> Committed => _committed.Task;

    /// <summary>What is written, for the metrics: "response", "participant", "ask" or "upvote".</summary>
    public abstract string Kind { get; }

    public void Complete(bool committed)
    {
        if (_committed.TrySetResult(committed))
        {
            OnCompleted();
        }
    }

    protected virtual void OnCompleted()
    {
    }

    /// <summary>After the commit: bring the live state up to date (before the phone is told).</summary>
    public virtual void ApplyToLiveState(ResultsBroadcaster broadcaster)
    {
    }

    /// <summary>After a failed commit: undo what was reserved in the live state beforehand.</summary>
    public virtual void Revert()
    {
    }
}

/// <summary>A phone joining for the first time.</summary>
public sealed class PendingParticipant(Participant participant) : PendingWrite
{
    public Participant Participant => participant;

    public override string Kind => "participant";
}

/// <summary>A write for a loaded event: the event stays in memory until it is stored or refused.</summary>
public abstract class PendingLiveWrite : PendingWrite
{
    protected PendingLiveWrite(LiveEvent live)
    {
        Live = live;
        live.WriteStarted();
    }

    protected LiveEvent Live { get; }

    protected override void OnCompleted() => Live.WriteEnded();
}

/// <summary>A validated ballot (new or changed).</summary>
public sealed class PendingResponse(LiveEvent live, Guid questionId, Guid participantId, Ballot ballot) : PendingLiveWrite(live)
{
    public Guid EventId => Live.Id;
    public Guid QuestionId => questionId;
    public Guid ParticipantId => participantId;
    public Ballot Ballot => ballot;

    public override string Kind => "response";

    public override void ApplyToLiveState(ResultsBroadcaster broadcaster)
    {
        Live.TallyFor(questionId).Apply(participantId, ballot);
        broadcaster.MarkResultsDirty(Live.Id, questionId);
    }
}

/// <summary>A question from the audience.</summary>
public sealed class PendingAsk(LiveEvent live, AudienceQuestion question) : PendingLiveWrite(live)
{
    public AudienceQuestion Question => question;

    public override string Kind => "ask";

    public override void ApplyToLiveState(ResultsBroadcaster broadcaster)
    {
        Live.Qna.Add(question);
        broadcaster.MarkQnaDirty(Live.Id);
    }
}

/// <summary>An upvote, already reserved on the live board (so a second one is refused at once).</summary>
public sealed class PendingUpvote(LiveEvent live, Guid audienceQuestionId, Guid participantId) : PendingLiveWrite(live)
{
    public Guid EventId => Live.Id;
    public Guid AudienceQuestionId => audienceQuestionId;
    public Guid ParticipantId => participantId;

    public override string Kind => "upvote";

    public override void ApplyToLiveState(ResultsBroadcaster broadcaster) => broadcaster.MarkQnaDirty(Live.Id);

    public override void Revert() => Live.Qna.RemoveUpvote(audienceQuestionId, participantId);
}

/// <summary>
/// The single writer of what the audience sends (participants joining, responses): drains the queue in
/// batches, one transaction per batch (group commit), and only then acknowledges, updates the live
/// tallies and asks for a broadcast. One writer means no two transactions wait for the database lock.
/// On shutdown it stops taking new writes and drains what was queued.
/// </summary>
public sealed class AudienceWriter(
    IDbContextFactory<LivePollDbContext> dbFactory,
    ResultsBroadcaster broadcaster,
    ClusterBus cluster,
    TimeProvider time,
    LivePollMetrics metrics,
    ILogger<AudienceWriter> logger) : BackgroundService
{
    private const int MaxBatchSize = 1000;
    private const int QueueCapacity = 100_000;

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Writes waiting for the next commit.</summary>
    public int QueueLength => _queue.Reader.Count;

    /// <summary>True once the write is durably stored; false when it could not be (the phone is told to retry).</summary>
    public async Task<bool> WriteAsync(PendingWrite pending, CancellationToken cancellationToken)
    {
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            pending.Complete(false);
            return false;
        }
        catch (OperationCanceledException)
        {
            pending.Complete(false);
            throw;
        }
        var stored = await pending.Committed;
        metrics.Acknowledged(startedAt);
        return stored;
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(MaxBatchSize);
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

    /// <summary>
    /// Commits the batch and acknowledges every write in it, whatever happens: stored, or refused so the phone retries.
    /// When one write breaks a database rule (a vote for a question deleted a moment before), the batch is stored
    /// again one write at a time, so that only the bad write is refused and not the hundreds beside it.
    /// </summary>
    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await SaveWithRetryAsync(batch);
            metrics.Committed(batch, System.Diagnostics.Stopwatch.GetElapsedTime(startedAt));
        }
        catch (Exception ex) when (batch.Count > 1 && BreaksADatabaseRule(ex))
        {
            logger.LogWarning(ex, "A batch of {Count} writes broke a database rule; storing them one at a time", batch.Count);
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
            return;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not store {Count} writes; phones are asked to retry", batch.Count);
            metrics.Refused(batch.Count);
            foreach (var pending in batch)
            {
                pending.Revert();
                pending.Complete(false);
            }
            return;
        }
        foreach (var pending in batch)
        {
            pending.ApplyToLiveState(broadcaster);
            pending.Complete(true);
        }
        ShareWithOtherInstances(batch);
    }

    /// <summary>A constraint violation (SQLite's SQLITE_CONSTRAINT, PostgreSQL's class 23): one write is wrong, not the storage.</summary>
    private static bool BreaksADatabaseRule(Exception ex) =>
        ex is SqliteException { SqliteErrorCode: SqliteConstraint } || (ex is DbException { SqlState: { } state } && state.StartsWith("23", StringComparison.Ordinal));

    private const int SqliteConstraint = 19;

    /// <summary>What this batch committed, per event, for the other instances' copies of the live state.</summary>
    private void ShareWithOtherInstances(List<PendingWrite> batch)
    {
        if (!cluster.HasOtherInstances)
        {
            return;
        }
        var votes = batch.OfType<PendingResponse>().ToLookup(r => r.EventId, r => new CommittedVote(
            r.QuestionId, r.ParticipantId, r.Ballot.OptionIds, r.Ballot.Value, r.Ballot.Text, r.Ballot.Language));
        var asked = batch.OfType<PendingAsk>().ToLookup(a => a.Question.EventId, a => a.Question);
        var upvotes = batch.OfType<PendingUpvote>().ToLookup(u => u.EventId, u => new CommittedUpvote(u.AudienceQuestionId, u.ParticipantId));
        foreach (var eventId in votes.Select(g => g.Key).Concat(asked.Select(g => g.Key)).Concat(upvotes.Select(g => g.Key)).Distinct())
        {
            cluster.Publish(origin => new ClusterMessage(origin, ClusterChange.Audience, eventId,
                Votes: [.. votes[eventId]], Asked: [.. asked[eventId]], Upvotes: [.. upvotes[eventId]]));
        }
    }

    /// <summary>
    /// PostgreSQL may end this batch as the victim of a deadlock or a serialization conflict when another instance
    /// writes the same rows at the same moment: nothing was committed, so the batch runs again (up to three times).
    /// SQLite's "busy" is not retried here: its own busy timeout has waited already.
    /// </summary>
    private async Task SaveWithRetryAsync(List<PendingWrite> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SaveAsync(batch);
                return;
            }
            catch (DbException ex) when (ex.IsTransient && ex is not SqliteException && attempt < 3)
            {
                logger.LogInformation(ex, "A batch of {Count} writes met a conflict with another instance; trying again", batch.Count);
            }
        }
    }

    private async Task SaveAsync(List<PendingWrite> batch)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        // Opened through EF so that connection interceptors (and their settings) apply.
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        var values = StoredValues.For(connection);
        await using var participants = new ParticipantInsert(connection, transaction, values);
        await using var responses = new ResponseUpsert(connection, transaction, values, values.Time(time.GetUtcNow()));
        await using var questions = new AudienceQuestionInsert(connection, transaction, values);
        await using var upvotes = new UpvoteInsert(connection, transaction, values);
        foreach (var pending in batch)
        {
            await (pending switch
            {
                PendingParticipant p => participants.ExecuteAsync(p.Participant),
                PendingResponse r => responses.ExecuteAsync(r),
                PendingAsk a => questions.ExecuteAsync(a.Question),
                PendingUpvote u => upvotes.ExecuteAsync(u),
                _ => throw new InvalidOperationException($"Unknown write {pending.GetType().Name}"),
            });
        }
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Guids and times as EF Core stores them, so both read each other's rows: text on SQLite, native uuid and
    /// timestamp with time zone on PostgreSQL.
    /// </summary>
    private sealed record StoredValues(Func<Guid, object> Id, Func<DateTimeOffset, object> Time)
    {
        private static readonly StoredValues Sqlite = new(
            id => id.ToString().ToUpperInvariant(),
            at => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

        private static readonly StoredValues Native = new(id => id, at => at.ToUniversalTime());

        public static StoredValues For(DbConnection connection) => connection is SqliteConnection ? Sqlite : Native;
    }

    /// <summary>One prepared statement, created on first use within the batch's transaction.</summary>
    private abstract class BatchStatement(DbConnection connection, DbTransaction transaction, string sql) : IAsyncDisposable
    {
        private DbCommand? _command;

        protected async Task ExecuteAsync(params object?[] values)
        {
            var first = _command is null;
            if (_command is null)
            {
                _command = connection.CreateCommand();
                _command.Transaction = transaction;
                _command.CommandText = sql;
                for (var i = 0; i < values.Length; i++)
                {
                    var parameter = _command.CreateParameter();
                    parameter.ParameterName = $"@p{i}";
                    _command.Parameters.Add(parameter);
                }
            }
            for (var i = 0; i < values.Length; i++)
            {
                _command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            // SQLite compiles the statement once for the whole batch; PostgreSQL needs each parameter's type to
            // prepare, which a null leaves open, so it runs unprepared there
            if (first && connection is SqliteConnection)
            {
                await _command.PrepareAsync();
            }
            await _command.ExecuteNonQueryAsync();
        }

        public ValueTask DisposeAsync() => _command?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private sealed class ParticipantInsert(DbConnection connection, DbTransaction transaction, StoredValues v) : BatchStatement(connection, transaction, """
        INSERT INTO "Participants" ("Id", "EventId", "TokenHash", "Language", "JoinedAt", "Simulated") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)
        """)
    {
        public Task ExecuteAsync(Participant p) =>
            ExecuteAsync(v.Id(p.Id), v.Id(p.EventId), p.TokenHash, p.Language, v.Time(p.JoinedAt), p.Simulated);
    }

    private sealed class AudienceQuestionInsert(DbConnection connection, DbTransaction transaction, StoredValues v) : BatchStatement(connection, transaction, """
        INSERT INTO "AudienceQuestions" ("Id", "EventId", "ParticipantId", "Text", "Author", "Status", "AskedAt") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
        """)
    {
        public Task ExecuteAsync(AudienceQuestion q) =>
            ExecuteAsync(v.Id(q.Id), v.Id(q.EventId), v.Id(q.ParticipantId), q.Text, q.Author, q.Status.ToString(), v.Time(q.AskedAt));
    }

    private sealed class UpvoteInsert(DbConnection connection, DbTransaction transaction, StoredValues v) : BatchStatement(connection, transaction, """
        INSERT INTO "AudienceQuestionVotes" ("AudienceQuestionId", "ParticipantId") VALUES (@p0, @p1) ON CONFLICT DO NOTHING
        """)
    {
        public Task ExecuteAsync(PendingUpvote u) => ExecuteAsync(v.Id(u.AudienceQuestionId), v.Id(u.ParticipantId));
    }

    // The same upsert works on SQLite and PostgreSQL; a changed vote updates the one row.
    private sealed class ResponseUpsert(DbConnection connection, DbTransaction transaction, StoredValues v, object now) : BatchStatement(connection, transaction, """
        INSERT INTO "Responses" ("Id", "QuestionId", "ParticipantId", "OptionIds", "Value", "Text", "CreatedAt", "UpdatedAt")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p6)
        ON CONFLICT ("QuestionId", "ParticipantId") DO UPDATE SET
            "OptionIds" = excluded."OptionIds", "Value" = excluded."Value", "Text" = excluded."Text", "UpdatedAt" = excluded."UpdatedAt"
        """)
    {
        public Task ExecuteAsync(PendingResponse r) => ExecuteAsync(
            v.Id(Guid.CreateVersion7()), v.Id(r.QuestionId), v.Id(r.ParticipantId),
            Response.JoinOptionIds(r.Ballot.OptionIds), r.Ballot.Value, r.Ballot.Text, now);
    }
}
