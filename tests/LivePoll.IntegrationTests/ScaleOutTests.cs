using System.Net;
using System.Net.Http.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;

namespace LivePoll.IntegrationTests;

/// <summary>
/// Two or three app processes on one PostgreSQL database and one Redis (LIVEPOLL_TEST_POSTGRES / LIVEPOLL_TEST_REDIS,
/// set by build/scale-out-services.sh and .ci/run): what happens on one instance is seen on the others.
/// </summary>
[Collection(ProcessStartingTests.Name)]
public sealed class ScaleOutTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _database = $"livepoll_test_{Guid.NewGuid():N}";
    private readonly List<AppProcess> _instances = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_vote_on_one_instance_shows_on_another_within_a_second()
    {
        var (a, b) = await StartTwoAsync();
        using var staffB = await DemoEventApi.LoadAsync(await LivePollAppFactory.SignInAsync(b.CreateClient(), Ct), Ct);
        var question = staffB.Question(QuestionType.SingleChoice);
        await staffB.StepAsync(question.Id, "open", Ct); // moderator on B
        await using var phone = await Phone.ConnectAsync(a.BaseAddress, Ct); // phone on A
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        Assert.True((await phone.VoteAsync(question.Id, question.Options[2].Id)).Ok);

        var deadline = DateTime.UtcNow.AddSeconds(1);
        int counted;
        do
        {
            counted = (await staffB.ResultsAsync(question.Id, Ct)).Options[2].Phone;
        }
        while (counted == 0 && DateTime.UtcNow < deadline);
        Assert.Equal(1, counted);
    }

    [Fact]
    public async Task A_question_opened_on_one_instance_reaches_phones_on_another_and_sign_in_works_on_both()
    {
        var (a, b) = await StartTwoAsync();
        await using var phone = await Phone.ConnectAsync(a.BaseAddress, Ct);
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);
        // a token issued by A is accepted by B: the data-protection keys are shared
        using var onA = await LivePollAppFactory.SignInAsync(a.CreateClient(), Ct);
        using var onB = b.CreateClient();
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        using var staffB = await DemoEventApi.LoadAsync(onB, Ct);

        var question = staffB.Question(QuestionType.Scale);
        await staffB.StepAsync(question.Id, "open", Ct);

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!phone.QuestionChanges.Any(q => q?.Id == question.Id) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }
        Assert.Contains(phone.QuestionChanges, q => q?.Id == question.Id);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/events", Ct)).StatusCode);
    }

    [Fact]
    public async Task Killing_an_instance_mid_burst_loses_no_acknowledged_vote_and_phones_carry_on_on_another()
    {
        var (a, b) = await StartTwoAsync();
        using var staffB = await DemoEventApi.LoadAsync(await LivePollAppFactory.SignInAsync(b.CreateClient(), Ct), Ct);
        var question = staffB.Question(QuestionType.OpenText);
        await staffB.StepAsync(question.Id, "open", Ct);
        const int phoneCount = 20;
        var ledgers = Enumerable.Range(0, phoneCount).Select(_ => new VoteLedger()).ToArray();
        var phones = await Task.WhenAll(Enumerable.Range(0, phoneCount).Select(_ => Phone.ConnectAsync(a.BaseAddress, Ct)));
        foreach (var (phone, ledger) in phones.Zip(ledgers))
        {
            ledger.Token = (await phone.JoinAsync("GFMD18", cancellationToken: Ct)).ParticipantToken;
        }

        var burst = phones.Zip(ledgers).Select((pair, i) => VoteBurst.VoteUntilCutOffAsync(pair.First, pair.Second, question.Id, $"phone {i}")).ToList();
        while (ledgers.Sum(l => l.Acks) < 200)
        {
            await Task.Delay(10, Ct);
        }
        await a.KillAsync();
        await Task.WhenAll(burst).WaitAsync(TimeSpan.FromSeconds(60), Ct);
        await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));

        // each phone comes back on B with its token and finds its newest acknowledged vote (or the unanswered one after it)
        foreach (var ledger in ledgers)
        {
            await using var phone = await Phone.ConnectAsync(b.BaseAddress, Ct);
            var rejoined = await phone.JoinAsync("GFMD18", ledger.Token, Ct);
            Assert.Equal(ledger.Token, rejoined.ParticipantToken);
            Assert.NotNull(ledger.LastAcked);
            Assert.Contains(rejoined.MyResponse?.Text, new[] { ledger.LastAcked, ledger.Unanswered });
        }
        Assert.Equal(phoneCount, (await staffB.ResultsAsync(question.Id, Ct)).Participants);
    }

    [Fact]
    public async Task Redis_dropping_its_subscribers_again_and_again_during_a_burst_leaves_every_instance_equal_to_the_database()
    {
        var (_, _, staffA, staffB, question, phones, watchers) = await BurstSetupAsync();
        using var disposeA = staffA;
        using var disposeB = staffB;

        // Redis drops every subscriber connection again and again (a failover, a network blip) while each phone changes its
        // vote four times; each vote is acknowledged by A, so it is in the database
        using var redis = await RedisServer.ConnectAsAdminAsync();
        using var stopDropping = new CancellationTokenSource();
        var dropped = 0;
        var dropping = Task.Run(async () =>
        {
            while (!stopDropping.IsCancellationRequested)
            {
                foreach (var endpoint in redis.GetEndPoints())
                {
                    await redis.GetServer(endpoint).ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub");
                }
                dropped++;
                await Task.Delay(5, CancellationToken.None);
            }
        }, Ct);
        await VoteRoundsAsync(phones, question, rounds: 4);
        await stopDropping.CancelAsync();
        await dropping;
        Assert.True(dropped >= 3, $"Redis dropped its subscribers {dropped} times");

        // the database holds 20 / 20 / 20 / 20 (the last round); within two seconds both instances say so
        await AssertBothSayWithinTwoSecondsAsync(question.Id, [20, 20, 20, 20], staffA, staffB);
        await AssertPhonesSawResultsInOrderAsync([.. phones, .. watchers], question.Id, [20, 20, 20, 20]);
        await Task.WhenAll(phones.Concat(watchers).Select(p => p.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task An_instance_killed_between_its_commits_and_their_notices_leaves_the_other_equal_to_the_database()
    {
        var (a, _, staffA, staffB, question, phones, watchers) = await BurstSetupAsync();
        using var disposeA = staffA;
        using var disposeB = staffB;
        await VoteRoundsAsync(phones, question, rounds: 1);
        await AssertBothSayWithinTwoSecondsAsync(question.Id, [20, 20, 20, 20], staffA, staffB);

        // Redis holds every write (CLIENT PAUSE … WRITE): A commits and acknowledges each phone's change to the first
        // option, but its notices wait in Redis; A is killed with them unsent, and Redis drops what a dead client sent
        using var redis = await RedisServer.ConnectAsAdminAsync();
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        await server.ExecuteAsync("CLIENT", "PAUSE", "30000", "WRITE");
        try
        {
            foreach (var wave in phones.Chunk(10))
            {
                var votes = await Task.WhenAll(wave.Select(phone => phone.VoteAsync(question.Id, question.Options[0].Id)));
                Assert.All(votes, vote => Assert.True(vote.Ok, vote.Error));
            }
            await a.KillAsync();
        }
        finally
        {
            await server.ExecuteAsync("CLIENT", "UNPAUSE");
        }

        // no notice of the 80 changes reached B; it takes them from the database, and its phones see them in order
        await AssertBothSayWithinTwoSecondsAsync(question.Id, [80, 0, 0, 0], staffB);
        await AssertPhonesSawResultsInOrderAsync(watchers, question.Id, [80, 0, 0, 0], within: RedisResultsLease.Term * 2);
        await Task.WhenAll(phones.Concat(watchers).Select(p => p.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task An_instance_paused_during_a_burst_catches_up_with_the_database_within_two_seconds_of_resuming()
    {
        var (_, b, staffA, staffB, question, phones, watchers) = await BurstSetupAsync();
        using var disposeA = staffA;
        using var disposeB = staffB;

        // B freezes (SIGSTOP: a stalled VM, a long pause) while A's phones vote and change their votes, then runs on
        await b.PauseAsync(Ct);
        try
        {
            await VoteRoundsAsync(phones, question, rounds: 4);
        }
        finally
        {
            await b.ResumeAsync(Ct);
        }

        await AssertBothSayWithinTwoSecondsAsync(question.Id, [20, 20, 20, 20], staffA, staffB);
        // the paused instance may have been the one sending results: the other takes over once its lease runs out
        await AssertPhonesSawResultsInOrderAsync([.. phones, .. watchers], question.Id, [20, 20, 20, 20], within: RedisResultsLease.Term * 2);
        await Task.WhenAll(phones.Concat(watchers).Select(p => p.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task Redis_restarting_during_a_burst_loses_no_acknowledged_vote_and_live_changes_flow_again_afterwards()
    {
        var (a, b, staffA, staffB, question, phones, _) = await BurstSetupAsync(watchersOnB: 0);
        using var disposeA = staffA;
        using var disposeB = staffB;
        await VoteRoundsAsync(phones, question, rounds: 1);

        // Redis goes away (its process shut down, nothing saved) in the middle of the burst and comes back empty
        await RedisServer.ShutDownAsync(Ct);
        try
        {
            await VoteRoundsAsync(phones, question, rounds: 2, firstRound: 1);
        }
        finally
        {
            await RedisServer.StartAsync(Ct);
        }
        await VoteRoundsAsync(phones, question, rounds: 1, firstRound: 3);
        await AssertBothSayWithinTwoSecondsAsync(question.Id, [20, 20, 20, 20], staffA, staffB);
        // Redis came back without the results lease: an instance takes it anew, with a later epoch
        await AssertPhonesSawResultsInOrderAsync(phones, question.Id, [20, 20, 20, 20], within: RedisResultsLease.Term * 2);

        // and the live path works again: a vote on A reaches a phone on B
        await using var watcher = await Phone.ConnectAsync(b.BaseAddress, Ct);
        await watcher.JoinAsync("GFMD18", cancellationToken: Ct);
        await using var late = await Phone.ConnectAsync(a.BaseAddress, Ct);
        await late.JoinAsync("GFMD18", cancellationToken: Ct);
        Assert.True((await late.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!watcher.ResultUpdates.Any(r => r.QuestionId == question.Id && r.Options[0].Phone == 21) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }
        Assert.Contains(watcher.ResultUpdates, r => r.QuestionId == question.Id && r.Options[0].Phone == 21);
        await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
    }

    /// <summary>
    /// Two instances; the moderator opens a single-choice question on B, which then holds the event in memory (it counts
    /// the votes A tells it of); 80 phones joined on A; the results revealed, and <paramref name="watchersOnB"/> phones
    /// joined on B watching them change.
    /// </summary>
    private async Task<(AppProcess A, AppProcess B, DemoEventApi StaffA, DemoEventApi StaffB, QuestionDto Question, Phone[] Phones, Phone[] Watchers)> BurstSetupAsync(
        int watchersOnB = 10)
    {
        var (a, b) = await StartTwoAsync();
        var staffA = await DemoEventApi.LoadAsync(await LivePollAppFactory.SignInAsync(a.CreateClient(), Ct), Ct);
        var staffB = await DemoEventApi.LoadAsync(await LivePollAppFactory.SignInAsync(b.CreateClient(), Ct), Ct);
        var question = staffB.Question(QuestionType.SingleChoice);
        await staffB.StepAsync(question.Id, "open", Ct);
        await staffB.ResultsAsync(question.Id, Ct);
        var phones = await JoinedPhonesAsync(a, 80);
        await staffB.StepAsync(question.Id, "reveal", Ct);
        return (a, b, staffA, staffB, question, phones, await JoinedPhonesAsync(b, watchersOnB));
    }

    private static async Task<Phone[]> JoinedPhonesAsync(AppProcess instance, int count)
    {
        var phones = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Phone.ConnectAsync(instance.BaseAddress, Ct)));
        foreach (var phone in phones)
        {
            await phone.JoinAsync("GFMD18", cancellationToken: Ct);
        }
        return phones;
    }

    /// <summary>
    /// Each phone votes for option (its index + round) mod 4, ten phones at a time (many commits, many notices), and every
    /// vote is acknowledged — so after the last round the database holds a quarter of the phones on each option.
    /// </summary>
    private static async Task VoteRoundsAsync(Phone[] phones, QuestionDto question, int rounds, int firstRound = 0)
    {
        for (var round = firstRound; round < firstRound + rounds; round++)
        {
            foreach (var wave in phones.Select((phone, i) => (phone, i)).Chunk(10))
            {
                var votes = await Task.WhenAll(wave.Select(p => p.phone.VoteAsync(question.Id, question.Options[(p.i + round) % 4].Id)));
                Assert.All(votes, vote => Assert.True(vote.Ok, vote.Error));
            }
        }
    }

    /// <summary>
    /// Every phone shows <paramref name="expected"/> within two seconds (or <paramref name="within"/>, when the instance
    /// that sent the results is gone and another takes over), and what it showed on the way never stepped back: the count
    /// of participants never went down (each phone votes in the first round and only changes its vote after that).
    /// Without a takeover one instance sent every message, and they came in order. With one, a message the former sender
    /// had on its way (e.g. queued while Redis was away) may arrive after the new sender's: the phone drops it, as it
    /// drops any picture older than the one it shows.
    /// </summary>
    private static async Task AssertPhonesSawResultsInOrderAsync(Phone[] phones, Guid questionId, int[] expected, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(2));
        while (!phones.All(Shows) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }
        Assert.All(phones, phone => Assert.True(Shows(phone), $"a phone shows {string.Join("/", Shown(phone).LastOrDefault()?.Options.Select(o => o.Phone) ?? [])}"));
        foreach (var phone in phones)
        {
            var received = phone.ResultUpdates.Where(r => r.QuestionId == questionId).ToList();
            Assert.All(received, r => Assert.NotNull(r.Sequence));
            var shown = Shown(phone);
            foreach (var (before, after) in shown.Zip(shown.Skip(1)))
            {
                Assert.True(after.Participants >= before.Participants, $"participants went from {before.Participants} to {after.Participants}");
            }
            if (within is null)
            {
                Assert.Equal(received, shown); // none arrived out of order
                Assert.Single(received.Select(r => r.Sequence!.Epoch).Distinct()); // one instance sent them all
            }
        }

        bool Shows(Phone phone) => Shown(phone).LastOrDefault()?.Options.Select(o => o.Phone).SequenceEqual(expected) == true;

        // the phone script's rule (olderThanShown in results.js): a picture older than the one shown is dropped
        List<QuestionResultsDto> Shown(Phone phone)
        {
            var shown = new List<QuestionResultsDto>();
            foreach (var message in phone.ResultUpdates.Where(r => r.QuestionId == questionId))
            {
                if (shown.Count == 0 || message.Sequence is null || shown[^1].Sequence is null || Order(message).CompareTo(Order(shown[^1])) >= 0)
                {
                    shown.Add(message);
                }
            }
            return shown;
        }

        static (long, long) Order(QuestionResultsDto message) => (message.Sequence!.Epoch, message.Sequence.Version);
    }

    /// <summary>Every instance's API gives <paramref name="expected"/> phone counts within two seconds.</summary>
    private static async Task AssertBothSayWithinTwoSecondsAsync(Guid questionId, int[] expected, params DemoEventApi[] instances)
    {
        foreach (var staff in instances)
        {
            var deadline = DateTime.UtcNow.AddSeconds(2);
            int[] counted;
            do
            {
                counted = [.. (await staff.ResultsAsync(questionId, Ct)).Options.Select(o => o.Phone)];
            }
            while (!counted.SequenceEqual(expected) && DateTime.UtcNow < deadline);
            Assert.Equal(expected, counted);
        }
    }

    [Fact]
    public async Task Three_instances_starting_together_on_an_empty_database_migrate_and_seed_once()
    {
        var environment = ScaleOutEnvironment();
        _instances.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => AppProcess.StartAsync(databasePath: "", Ct, environment))));

        foreach (var instance in _instances)
        {
            using var staff = await LivePollAppFactory.SignInAsync(instance.CreateClient(), Ct); // one administrator, on every instance
            var events = await staff.GetFromJsonAsync<List<EventSummaryDto>>("/api/events", JsonDefaults.Options, Ct);
            Assert.Single(events!, e => e.Code == "GFMD18");
        }
    }

    /// <summary>Two instances on a fresh database, started one after the other.</summary>
    private async Task<(AppProcess A, AppProcess B)> StartTwoAsync()
    {
        var environment = ScaleOutEnvironment();
        for (var i = 0; i < 2; i++)
        {
            _instances.Add(await AppProcess.StartAsync(databasePath: "", Ct, environment));
        }
        return (_instances[0], _instances[1]);
    }

    private Dictionary<string, string> ScaleOutEnvironment()
    {
        var postgres = Environment.GetEnvironmentVariable("LIVEPOLL_TEST_POSTGRES");
        var redis = Environment.GetEnvironmentVariable("LIVEPOLL_TEST_REDIS");
        if (string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(redis))
        {
            Assert.Skip("SCALE-OUT TESTS NOT RUN: set LIVEPOLL_TEST_POSTGRES and LIVEPOLL_TEST_REDIS (eval \"$(bash build/scale-out-services.sh)\"); .ci/run does.");
        }
        if (!LivePollAppFactory.OnPostgres)
        {
            // the instances run on PostgreSQL whichever pass this is: the SQLite pass would repeat the same runs
            Assert.Skip("Run once, on the PostgreSQL pass (LIVEPOLL_TEST_PROVIDER=Postgres): the instances always use PostgreSQL.");
        }
        return new Dictionary<string, string>
        {
            ["ConnectionStrings__LivePoll"] = $"{postgres};Database={_database}",
            ["LivePoll__Database__Provider"] = "Postgres",
            ["LivePoll__Redis__Configuration"] = redis!,
            ["LivePoll__RateLimits__Enabled"] = "false",
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
        if (_instances.Count > 0 && Environment.GetEnvironmentVariable("LIVEPOLL_TEST_POSTGRES") is { } postgres)
        {
            await TestDatabases.DropAsync(postgres, _database);
        }
    }
}
