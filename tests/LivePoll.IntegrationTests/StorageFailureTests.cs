using System.Data.Common;
using LivePoll.Data;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.IntegrationTests;

/// <summary>
/// When the database cannot take a write (disk full, file locked for too long), phones get a clear
/// error and nothing is acknowledged that was not stored; once the database recovers, voting works.
/// </summary>
public sealed class StorageFailureTests : AppTestBase
{
    private const string SaveFailed = "Your vote could not be saved. Please try again.";

    private readonly FullDisk _disk;

    public StorageFailureTests() : this(new FullDisk())
    {
    }

    private StorageFailureTests(FullDisk disk) : base(new LivePollAppFactory
    {
        // Give up on a locked database after 1 s instead of 30 s, so the test is quick.
        ConnectionOptions = ";Default Timeout=1",
        Customize = builder => builder.ConfigureTestServices(
            services => services.ConfigureDbContext<LivePollDbContext>(o => o.AddInterceptors(disk))),
    }) => _disk = disk;

    [SqliteOnlyFact("it locks and fills the SQLite file from outside the app")]
    public async Task A_database_locked_for_too_long_refuses_the_vote_with_a_clear_error_and_stores_nothing()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.SingleChoice);
        await demo.StepAsync(question.Id, "open", Ct);
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        await using (var blocker = App.OpenDatabase())
        {
            using var begin = blocker.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(Ct);

            var refused = await phone.VoteAsync(question.Id, question.Options[0].Id);

            Assert.False(refused.Ok);
            Assert.Equal(SaveFailed, refused.Error);
        }
        Assert.Equal(0, await CountAsync("Responses"));
        Assert.Equal(0, (await demo.ResultsAsync(question.Id, Ct)).Participants);

        Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        Assert.Equal(1, await CountAsync("Responses"));
    }

    [SqliteOnlyFact("it locks and fills the SQLite file from outside the app")]
    public async Task A_full_disk_refuses_votes_with_a_clear_error_and_acknowledges_only_what_was_stored()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.OpenText);
        await demo.StepAsync(question.Id, "open", Ct);
        var phones = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => PhoneAsync()));
        await Task.WhenAll(phones.Select(p => p.JoinAsync("GFMD18", cancellationToken: Ct)));
        var longAnswer = new string('x', 270);

        _disk.IsFull = true;
        var results = await Task.WhenAll(phones.Select((p, i) => p.SubmitAsync(new SubmitRequest(question.Id, Text: $"{i} {longAnswer}"), Ct)));
        _disk.IsFull = false;

        Assert.All(results.Where(r => !r.Ok), r => Assert.Equal(SaveFailed, r.Error));
        Assert.Contains(results, r => !r.Ok);
        Assert.Equal(results.Count(r => r.Ok), await CountAsync("Responses"));
        Assert.Equal(results.Count(r => r.Ok), (await demo.ResultsAsync(question.Id, Ct)).Participants);

        var retried = await Task.WhenAll(phones.Select((p, i) => p.SubmitAsync(new SubmitRequest(question.Id, Text: $"{i} {longAnswer}"), Ct)));
        Assert.All(retried, r => Assert.True(r.Ok));
        Assert.Equal(phones.Length, await CountAsync("Responses"));
        Assert.Equal(phones.Length, (await demo.ResultsAsync(question.Id, Ct)).Participants);
        await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
    }

    /// <summary>
    /// SQLite's own "database or disk is full": while <see cref="IsFull"/>, connections the app opens
    /// may not grow the database beyond its current size (PRAGMA max_page_count).
    /// </summary>
    private sealed class FullDisk : DbConnectionInterceptor
    {
        private volatile bool _isFull;

        public bool IsFull { get => _isFull; set => _isFull = value; }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (connection is not Microsoft.Data.Sqlite.SqliteConnection)
            {
                return; // the PostgreSQL pass of the suite skips these tests
            }
            await using var command = connection.CreateCommand();
            // SQLite never lowers the limit below the current size, so 1 means "no growth"; pooled connections are reset.
            command.CommandText = IsFull ? "PRAGMA max_page_count = 1" : "PRAGMA max_page_count = 1073741823";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
