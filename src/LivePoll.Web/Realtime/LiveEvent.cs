using LivePoll.Domain.Events;
using LivePoll.Domain.Qna;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Web.Localization;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace LivePoll.Web.Realtime;

/// <summary>
/// The in-memory state of one event: a read-only snapshot of its agenda (replaced whole on every
/// change, never mutated), the live tallies and the number of connected phones.
/// </summary>
public sealed class LiveEvent
{
    private readonly ConcurrentDictionary<Guid, QuestionTally> _tallies = new();
    private readonly ConcurrentDictionary<Guid, int> _peakConnectedWhileOpen = new();
    private Event _snapshot;
    private Guid[] _openQuestionIds = [];
    private int _connectedPhones;
    private int _writesInFlight;

    // phones connected to the other instances, as they last reported (Stopwatch ticks of the report)
    private readonly ConcurrentDictionary<Guid, (int Phones, long At)> _connectedElsewhere = new();
    private static readonly TimeSpan ElsewhereValidFor = TimeSpan.FromSeconds(30);

    public LiveEvent(Event snapshot)
    {
        _snapshot = snapshot;
        Adopt(snapshot);
    }

    public Guid Id => Snapshot.Id;

    /// <summary>Read-only: never change the objects it returns.</summary>
    public Event Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Phones connected to this event on every instance (the others' counts as they last reported them).</summary>
    public int ConnectedPhones => ConnectedHere + _connectedElsewhere.Values
        .Where(report => Stopwatch.GetElapsedTime(report.At) < ElsewhereValidFor)
        .Sum(report => report.Phones);

    /// <summary>Phones connected to this event on this instance.</summary>
    public int ConnectedHere => Volatile.Read(ref _connectedPhones);

    /// <summary>Another instance's count of its connected phones; an instance that stops reporting is forgotten after 30 s.</summary>
    internal void SetConnectedElsewhere(Guid instance, int phones)
    {
        _connectedElsewhere[instance] = (phones, Stopwatch.GetTimestamp());
        foreach (var questionId in Volatile.Read(ref _openQuestionIds))
        {
            RecordPeak(questionId, ConnectedPhones);
        }
    }

    /// <summary>
    /// The question the audience sees: the most recently opened of the open ones; when none is open,
    /// the one closed last (phones and projector show it as closed, with results once revealed) — unless a part of
    /// the agenda started since: then nothing, and the projector shows that part's lobby.
    /// </summary>
    public Question? CurrentQuestion
    {
        get
        {
            var questions = Snapshot.QuestionsInOrder().ToList();
            if (questions.Where(q => q.State == QuestionState.Open).MaxBy(q => q.OpenedAt) is { } open)
            {
                return open;
            }
            var closedLast = questions.Where(q => q.State == QuestionState.Closed).MaxBy(q => q.ClosedAt);
            return Snapshot.CurrentSession?.StartedAt > closedLast?.ClosedAt ? null : closedLast;
        }
    }

    /// <summary>What the projector shows; kept in memory only (after a restart it follows the agenda again).</summary>
    public ProjectorMode ProjectorMode { get; private set; }

    /// <summary>Black on white with heavier type, for bright rooms.</summary>
    public bool HighContrast { get; private set; }

    internal void SetProjector(ProjectorMode mode, bool highContrast)
    {
        ProjectorMode = mode;
        HighContrast = highContrast;
    }

    /// <summary>The projector's language and optional second language (stacked below); by default the event's first language.</summary>
    public ScreenLanguages ProjectorLanguages => _projectorLanguages ?? new(Snapshot.Languages.FirstOrDefault() ?? UiLanguage.Default);

    private ScreenLanguages? _projectorLanguages;

    internal void SetProjectorLanguages(ScreenLanguages languages) => _projectorLanguages = languages;

    /// <summary>The audience's questions for the speakers, with their upvotes.</summary>
    public QnaBoard Qna { get; } = new();

    public QuestionTally TallyFor(Guid questionId) => _tallies.GetOrAdd(questionId, id => new QuestionTally(id));

    internal void Replace(Event snapshot)
    {
        Volatile.Write(ref _snapshot, snapshot);
        Adopt(snapshot);
    }

    /// <summary>What the live state takes from a new snapshot: its open questions' timers and the Q&amp;A's anonymity.</summary>
    private void Adopt(Event snapshot)
    {
        TrackOpenQuestions(snapshot);
        Qna.Anonymous = snapshot.ChathamHouse;
    }

    /// <summary>The most phones connected at once while the question was open (since this server started).</summary>
    public int PeakConnectedWhileOpen(Guid questionId) => _peakConnectedWhileOpen.GetValueOrDefault(questionId);

    internal void PhoneConnected()
    {
        Interlocked.Increment(ref _connectedPhones);
        var connected = ConnectedPhones;
        foreach (var questionId in Volatile.Read(ref _openQuestionIds))
        {
            RecordPeak(questionId, connected);
        }
    }

    private void TrackOpenQuestions(Event snapshot)
    {
        var open = snapshot.QuestionsInOrder().Where(q => q.State == QuestionState.Open).Select(q => q.Id).ToArray();
        Volatile.Write(ref _openQuestionIds, open);
        foreach (var questionId in open)
        {
            RecordPeak(questionId, ConnectedPhones);
        }
    }

    private void RecordPeak(Guid questionId, int connected) =>
        _peakConnectedWhileOpen.AddOrUpdate(questionId, connected, (_, peak) => Math.Max(peak, connected));

    internal void PhoneDisconnected() => Interlocked.Decrement(ref _connectedPhones);

    /// <summary>Writes of phones validated against this event and not yet stored or refused.</summary>
    internal int WritesInFlight => Volatile.Read(ref _writesInFlight);

    /// <summary>
    /// Forgets every answer, and the audience questions asked before <paramref name="wentLiveAt"/> with their upvotes: their
    /// rows are gone, the event went live after a rehearsal.
    /// </summary>
    internal void ClearAudience(DateTimeOffset wentLiveAt)
    {
        _tallies.Clear();
        _peakConnectedWhileOpen.Clear();
        Qna.RemoveAskedBefore(wentLiveAt);
    }

    internal void WriteStarted() => Interlocked.Increment(ref _writesInFlight);

    internal void WriteEnded() => Interlocked.Decrement(ref _writesInFlight);

    /// <summary>Held by the registry while it hands the event out or lets go of it.</summary>
    internal Lock UseGate { get; } = new();

    /// <summary>When the event was last handed out by the registry; read and written under <see cref="UseGate"/>.</summary>
    internal DateTimeOffset LastUsed { get; set; }

    /// <summary>
    /// Nothing holds the event in memory: no phone connected here, no write on its way to the database, no timer that
    /// must close a question, and nobody asked for it since <paramref name="since"/>.
    /// </summary>
    internal bool IsIdleSince(DateTimeOffset since) =>
        LastUsed <= since && ConnectedHere == 0 && WritesInFlight == 0
        && !Snapshot.QuestionsInOrder().Any(q => q.State == QuestionState.Open && q.ClosesAt is not null);
}
