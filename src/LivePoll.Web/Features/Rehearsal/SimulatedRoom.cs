using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Qna;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Rehearsal;

/// <summary>What a simulated room needs of the app: the same services the hub calls for a real phone.</summary>
public sealed record RoomServices(
    ParticipantService Participants, VotingService Voting, QnaService Qna, ResultsBroadcaster Broadcaster, TimeProvider Time, ILogger<SimulatedRoom> Logger);

/// <summary>
/// A rehearsal's audience: simulated phones that arrive over a few seconds, pick a profile group, answer each question
/// the moderator opens at a human pace (some never, a few change their mind), ask and upvote a few questions. Every
/// step goes through the services the hub calls for a real phone — the same validation, writer and broadcast.
/// </summary>
public sealed class SimulatedRoom : IAsyncDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private const double ShareThatAnswers = 0.9;
    private const double ShareThatChangesMind = 0.08;
    private const int MaxAudienceQuestions = 12;

    private readonly LiveEvent _live;
    private readonly RoomServices _services;
    private readonly Random _random;
    private readonly SimulatedAnswers _answers;
    private readonly List<SimulatedPhone> _phones = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private int _asked;

    public SimulatedRoom(LiveEvent live, int phones, RoomServices services, int seed)
    {
        _live = live;
        _services = services;
        Phones = phones;
        _random = new Random(seed);
        _answers = new SimulatedAnswers(_random);
        _running = RunAsync(_stop.Token);
    }

    /// <summary>How many phones the room has when everyone has arrived.</summary>
    public int Phones { get; }

    /// <summary>How many have joined so far.</summary>
    public int Joined => Volatile.Read(ref _joined);

    private int _joined;

    private async Task RunAsync(CancellationToken stop)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(Tick, _services.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await StepAsync(stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _services.Logger.LogWarning(ex, "A step of the simulated room of event {EventId} failed; it goes on", _live.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        finally
        {
            foreach (var _ in _phones)
            {
                _live.PhoneDisconnected();
            }
            _services.Broadcaster.MarkPresenceDirty(_live.Id);
        }
    }

    private async Task StepAsync(CancellationToken stop)
    {
        await ArriveAsync(stop);
        var now = _services.Time.GetUtcNow();
        var actions = new List<Task>();
        foreach (var question in _live.Snapshot.QuestionsInOrder().Where(q => q.State == QuestionState.Open))
        {
            foreach (var phone in _phones)
            {
                if (phone.Plan(question, now, _random, ShareThatAnswers, ShareThatChangesMind) is { } due && due <= now)
                {
                    phone.Answered(question.Id, now, _random);
                    actions.Add(_services.Voting.SubmitAsync(phone.Session, _answers.For(question, phone.Language), stop));
                }
            }
        }
        AskAndUpvote(actions, stop);
        await Task.WhenAll(actions);
    }

    /// <summary>People come in over about ten seconds, not all at the same instant.</summary>
    private async Task ArriveAsync(CancellationToken stop)
    {
        var arriving = Math.Min(Math.Max(1, Phones / 40), Phones - _phones.Count);
        if (arriving <= 0)
        {
            return;
        }
        var languages = _live.Snapshot.Languages;
        var joins = Enumerable.Range(0, arriving).Select(_ => JoinAsync(LanguageOfNext(languages), stop)).ToList();
        foreach (var joined in await Task.WhenAll(joins))
        {
            if (joined is not null)
            {
                _phones.Add(joined);
                _live.PhoneConnected();
                Interlocked.Increment(ref _joined);
            }
        }
        _services.Broadcaster.MarkPresenceDirty(_live.Id);
    }

    /// <summary>Half the room reads the event's first language, the others its other languages.</summary>
    private string LanguageOfNext(List<string> languages) =>
        languages.Count == 1 || _random.NextDouble() < 0.5 ? languages[0] : languages[1 + _random.Next(languages.Count - 1)];

    private async Task<SimulatedPhone?> JoinAsync(string language, CancellationToken stop)
    {
        try
        {
            var session = await _services.Participants.JoinSimulatedAsync(_live, language, stop);
            var groups = _live.Snapshot.ProfileGroups;
            if (groups.Count > 0 && _random.NextDouble() < 0.8)
            {
                // the first groups listed are the larger ones in a typical room
                await _services.Participants.SetGroupAsync(session, groups[(int)(groups.Count * Math.Pow(_random.NextDouble(), 1.6))], stop);
            }
            return new SimulatedPhone(session, language);
        }
        catch (StorageUnavailableException)
        {
            return null; // arrives on a later step
        }
    }

    /// <summary>About one question from the room every twenty seconds (fewer in a small room), and a few upvotes.</summary>
    private void AskAndUpvote(List<Task> actions, CancellationToken stop)
    {
        if (_phones.Count == 0)
        {
            return;
        }
        var roomSize = Math.Min(1.0, _phones.Count / 220.0);
        if (_asked < MaxAudienceQuestions && _random.NextDouble() < roomSize * Tick.TotalSeconds / 20)
        {
            _asked++;
            var asker = _phones[_random.Next(_phones.Count)];
            actions.Add(_services.Qna.AskAsync(asker.Session, new AskRequest(SimulatedTexts.Question(asker.Language, _random)), stop));
        }
        if (_random.NextDouble() < roomSize * 0.6)
        {
            var voter = _phones[_random.Next(_phones.Count)];
            var open = _live.Qna.VisibleTo(voter.Session.ParticipantId)
                .Where(i => i.ParticipantId != voter.Session.ParticipantId && i.Status != Domain.Qna.AudienceQuestionStatus.Pending).ToList();
            if (open.Count > 0)
            {
                // the most upvoted draw more upvotes
                var item = open[(int)(open.Count * Math.Pow(_random.NextDouble(), 2))];
                actions.Add(_services.Qna.UpvoteAsync(voter.Session, new UpvoteRequest(item.Id), stop));
            }
        }
    }

    /// <summary>Stops the room: its phones leave (their answers stay until the event goes live).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    /// <summary>One simulated phone and when it will answer each open question.</summary>
    private sealed class SimulatedPhone(ParticipantSession session, string language)
    {
        private readonly Dictionary<Guid, DateTimeOffset?> _nextAnswer = [];
        private readonly Dictionary<Guid, bool> _changesMind = [];

        public ParticipantSession Session => session;
        public string Language => language;

        /// <summary>
        /// When this phone answers <paramref name="question"/> next (null: not, or no more). Decided the first time it
        /// sees the question open: a few seconds of reading (longer for a long question), capped by the question's timer.
        /// </summary>
        public DateTimeOffset? Plan(Question question, DateTimeOffset now, Random random, double answers, double changesMind)
        {
            if (!_nextAnswer.TryGetValue(question.Id, out var due))
            {
                due = random.NextDouble() < answers ? now + Delay(question, random) : null;
                _nextAnswer[question.Id] = due;
                _changesMind[question.Id] = random.NextDouble() < changesMind;
            }
            return due;
        }

        /// <summary>After an answer: a phone that changes its mind answers once more a little later.</summary>
        public void Answered(Guid questionId, DateTimeOffset now, Random random)
        {
            var again = _changesMind.GetValueOrDefault(questionId);
            _changesMind[questionId] = false;
            _nextAnswer[questionId] = again ? now + TimeSpan.FromSeconds(4 + 6 * random.NextDouble()) : null;
        }

        private static TimeSpan Delay(Question question, Random random)
        {
            var seconds = 1.5 + question.Text.Length / 60.0 - 5 * Math.Log(1 - random.NextDouble());
            if (question.TimerSeconds is { } timer)
            {
                seconds = Math.Min(seconds, 0.8 * timer);
            }
            return TimeSpan.FromSeconds(seconds);
        }
    }
}
