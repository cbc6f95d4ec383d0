namespace LivePoll.Domain.Questions;

public sealed class Question : IOrdered
{
    public const int MaxTextLength = 500;
    public const int MaxOptions = 12;
    public const int MaxScaleLabelLength = 60;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public int Order { get; set; }
    public QuestionType Type { get; set; }
    public string Text { get; set; } = "";
    public QuestionState State { get; set; } = QuestionState.Draft;
    public ResultsVisibility Visibility { get; set; } = ResultsVisibility.Live;

    /// <summary>Set by the moderator's reveal (true) or hide (false); null follows <see cref="Visibility"/>.</summary>
    public bool? ResultsShownOverride { get; set; }

    public int? MaxChoices { get; set; }
    public int? ScaleMin { get; set; }
    public int? ScaleMax { get; set; }

    /// <summary>What the ends of a rating scale mean, e.g. "not ready" / "fully ready".</summary>
    public string? ScaleMinLabel { get; set; }
    public string? ScaleMaxLabel { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<QuestionOption> Options { get; set; } = [];

    public bool ResultsVisibleToAudience => ResultsShownOverride ?? Visibility switch
    {
        ResultsVisibility.Live => true,
        ResultsVisibility.AfterClose => State == QuestionState.Closed,
        _ => false,
    };

    /// <summary>How many options a multiple-choice voter may pick.</summary>
    public int EffectiveMaxChoices => Type == QuestionType.MultipleChoice
        ? Math.Clamp(MaxChoices ?? Options.Count, 1, Math.Max(1, Options.Count))
        : 1;

    public IEnumerable<QuestionOption> OptionsInOrder() => Options.OrderBy(o => o.Order);

    internal void Open(DateTimeOffset now)
    {
        State = QuestionState.Open;
        OpenedAt = now;
        ClosedAt = null;
    }

    public void Close(DateTimeOffset now)
    {
        if (State != QuestionState.Open)
        {
            throw new DomainRuleException("Only an open question can be closed.");
        }
        State = QuestionState.Closed;
        ClosedAt = now;
    }

    public void Reveal() => ResultsShownOverride = true;

    public void Hide() => ResultsShownOverride = false;
}
