using System.Diagnostics;

namespace LivePoll.LoadTest;

/// <summary>What the scenarios share: the server, the moderator, the bench event and the connected phones.</summary>
internal sealed class BenchRun(LoadTestOptions options, TargetApp target, StaffClient staff, EventPayload benchEvent, Report report)
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(30);

    private readonly Queue<QuestionPayload> _unusedQuestions = new(benchEvent.Sessions.SelectMany(s => s.Questions));

    public LoadTestOptions Options => options;
    public TargetApp Target => target;
    public StaffClient Staff => staff;
    public EventPayload Event => benchEvent;
    public Report Report => report;
    public PhoneEvents PhoneEvents { get; } = new();
    public List<BenchPhone> Phones { get; } = [];

    /// <summary>The question the audience is on now (the last one opened).</summary>
    public QuestionPayload? OpenQuestion { get; private set; }

    public static int QuestionsNeeded(LoadTestOptions options) => options.PushWarmUpRounds + options.PushRounds + 8;

    /// <summary>
    /// Opens a question nobody has voted on yet (which closes the previous one) and waits until every
    /// connected phone has it, as real phones must before they can vote.
    /// </summary>
    /// <param name="pushLatency">Records, per phone, the time from the API call to QuestionChanged.</param>
    /// <returns>The question and how many phones never received it.</returns>
    public async Task<(QuestionPayload Question, int Missing)> OpenFreshQuestionAsync(CancellationToken cancellationToken, Latency? pushLatency = null)
    {
        var question = _unusedQuestions.Dequeue();
        var received = 0;
        var everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new bool[options.Phones];
        var expected = Phones.Count;
        var openedAt = Stopwatch.GetTimestamp();
        PhoneEvents.QuestionChanged = (phone, changed, at) =>
        {
            if (changed?.Id != question.Id || changed.State != "Open" || Interlocked.Exchange(ref seen[phone.Number], true))
            {
                return;
            }
            pushLatency?.Record(at - openedAt);
            if (Interlocked.Increment(ref received) == expected)
            {
                everyone.TrySetResult();
            }
        };
        await staff.OpenAsync(benchEvent.Id, question.Id, cancellationToken);
        OpenQuestion = question;
        if (expected > 0)
        {
            await Task.WhenAny(everyone.Task, Task.Delay(PushTimeout, cancellationToken));
        }
        PhoneEvents.QuestionChanged = null;
        return (question, expected - Volatile.Read(ref received));
    }
}
