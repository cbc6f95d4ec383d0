namespace LivePoll.LoadTest;

/// <summary>What the scenarios share: the server, the moderator, the bench event and the connected phones.</summary>
internal sealed class BenchRun(LoadTestOptions options, TargetApp target, StaffClient staff, EventPayload benchEvent, Report report)
{
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

    /// <summary>Opens a question nobody has voted on yet (which closes the previous one).</summary>
    public async Task<QuestionPayload> OpenFreshQuestionAsync(CancellationToken cancellationToken, Action<QuestionPayload>? justBeforeOpen = null)
    {
        var question = _unusedQuestions.Dequeue();
        justBeforeOpen?.Invoke(question);
        await staff.OpenAsync(benchEvent.Id, question.Id, cancellationToken);
        OpenQuestion = question;
        return question;
    }

    public static int QuestionsNeeded(LoadTestOptions options) => options.PushRounds + 8;
}
