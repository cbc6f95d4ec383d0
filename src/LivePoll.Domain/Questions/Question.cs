namespace LivePoll.Domain.Questions;

public sealed class Question : IOrdered
{
    public const int MaxTextLength = 500;
    public const int MaxOptions = 12;
    public const int MaxScaleLabelLength = 60;
    public const int MinTimerSeconds = 5;
    public const int MaxTimerSeconds = 3600;

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
    /// <summary>Optional voting time: the question closes by itself this many seconds after it opens.</summary>
    public int? TimerSeconds { get; set; }

    /// <summary>When an open question with a timer closes by itself.</summary>
    public DateTimeOffset? ClosesAt { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The question this one asks again (a copy made for a before/after comparison).</summary>
    public Guid? RepeatOfId { get; set; }

    /// <summary>The most phones connected at once while the question was open: the base of its turnout.</summary>
    public int PeakConnectedPhones { get; set; }
    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>The wording in the event's other languages, by language code. Votes are pooled whatever language was read.</summary>
    public Dictionary<string, QuestionTranslation> Translations { get; set; } = [];

    /// <summary>Open text: each answer counts as one phrase in the cloud ("political will"), not split into words.</summary>
    public bool CountsPhrases { get; set; }

    /// <summary>Open text: words the moderator took out of the word cloud (lower case).</summary>
    public List<string> HiddenWords { get; set; } = [];

    /// <summary>Open text: answers the moderator hid from the cloud and the screens (lower case, trimmed).</summary>
    public List<string> HiddenAnswers { get; set; } = [];

    /// <summary>Hides or shows a word or a whole answer of the word cloud; false when nothing changed.</summary>
    public bool SetHidden(string text, bool wholeAnswer, bool hidden)
    {
        var key = text.Trim().ToLowerInvariant();
        var list = wholeAnswer ? HiddenAnswers : HiddenWords;
        if (key.Length == 0 || list.Contains(key) == hidden)
        {
            return false;
        }
        if (hidden)
        {
            list.Add(key);
        }
        else
        {
            list.Remove(key);
        }
        return true;
    }

    /// <summary>The question in <paramref name="language"/>, falling back to the original wording where a translation is missing.</summary>
    public QuestionTranslation In(string? language) =>
        QuestionTranslation.In(new(Text, ScaleMinLabel, ScaleMaxLabel), Translations, language);

    /// <summary>The languages among <paramref name="translatedLanguages"/> in which the question or one of its options has no wording yet.</summary>
    public IReadOnlyList<string> MissingTranslations(IEnumerable<string> translatedLanguages) =>
        [.. translatedLanguages.Where(l => MissingTexts(l) > 0)];

    /// <summary>How many of the question's texts (its own and its options') have no wording in <paramref name="language"/> yet.</summary>
    public int MissingTexts(string language) =>
        (Translations.ContainsKey(language) ? 0 : 1) + Options.Count(o => !o.Translations.ContainsKey(language));

    public bool ResultsVisibleToAudience => ResultsShownOverride ?? Visibility switch
    {
        ResultsVisibility.Live => true,
        ResultsVisibility.AfterClose => State == QuestionState.Closed,
        _ => false,
    };

    /// <summary>The limit to store: only a multiple-choice question has one, and as many choices as options is no limit.</summary>
    public static int? ChoiceLimit(QuestionType type, int? maxChoices, int optionCount) =>
        type == QuestionType.MultipleChoice && maxChoices < optionCount ? maxChoices : null;

    /// <summary>How many options a multiple-choice voter may pick.</summary>
    public int EffectiveMaxChoices => Type == QuestionType.MultipleChoice
        ? Math.Clamp(MaxChoices ?? Options.Count, 1, Math.Max(1, Options.Count))
        : 1;

    public IEnumerable<QuestionOption> OptionsInOrder() => Options.OrderBy(o => o.Order);

    /// <param name="allowanceSeconds">Added to the timer, if it has one (the event's interpretation allowance).</param>
    internal void Open(DateTimeOffset now, int allowanceSeconds = 0)
    {
        State = QuestionState.Open;
        OpenedAt = now;
        ClosedAt = null;
        ClosesAt = TimerSeconds is { } seconds ? now.AddSeconds(seconds + allowanceSeconds) : null;
    }

    /// <summary>The error for a timer length, or null when it is fine (no timer is fine).</summary>
    public static string? ValidateTimer(int? seconds) => seconds is { } s && (s < MinTimerSeconds || s > MaxTimerSeconds)
        ? $"A timer runs from {MinTimerSeconds} to {MaxTimerSeconds} seconds (or leave it empty)."
        : null;

    /// <summary>Whole seconds until the timer closes the question (null without a running timer).</summary>
    public int? SecondsLeft(DateTimeOffset now) => State == QuestionState.Open && ClosesAt is { } at
        ? Math.Max(0, (int)Math.Ceiling((at - now).TotalSeconds))
        : null;

    /// <summary>A copy to ask again later (e.g. before and after a session): same wording and options, not yet asked.</summary>
    public Question CopyAsDraft(Guid sessionId, int order)
    {
        var copy = new Question
        {
            SessionId = sessionId,
            Order = order,
            Type = Type,
            Text = Text,
            Visibility = Visibility,
            MaxChoices = MaxChoices,
            ScaleMin = ScaleMin,
            ScaleMax = ScaleMax,
            ScaleMinLabel = ScaleMinLabel,
            ScaleMaxLabel = ScaleMaxLabel,
            TimerSeconds = TimerSeconds,
            CountsPhrases = CountsPhrases,
            RepeatOfId = RepeatOfId ?? Id,
            Translations = new(Translations),
        };
        copy.Options.AddRange(OptionsInOrder().Select(o => new QuestionOption
        {
            QuestionId = copy.Id, Order = o.Order, Text = o.Text, Colour = o.Colour, Translations = new(o.Translations),
        }));
        return copy;
    }

    public void Close(DateTimeOffset now)
    {
        if (State != QuestionState.Open)
        {
            throw new DomainRuleException("OnlyOpenQuestionCanClosed");
        }
        State = QuestionState.Closed;
        ClosedAt = now;
        ClosesAt = null;
    }

    /// <summary>Back to a question nobody was asked yet: draft, no timer, no card counts, nothing hidden from its word cloud.</summary>
    public void ResetToNotAsked()
    {
        State = QuestionState.Draft;
        OpenedAt = null;
        ClosedAt = null;
        ClosesAt = null;
        ResultsShownOverride = null;
        PeakConnectedPhones = 0;
        HiddenWords.Clear();
        HiddenAnswers.Clear();
        foreach (var option in Options)
        {
            option.CardCount = 0;
        }
    }

    /// <summary>Keeps the highest number of phones seen connected while the question was open.</summary>
    public void RecordConnectedPhones(int connected) => PeakConnectedPhones = Math.Max(PeakConnectedPhones, connected);

    public void Reveal() => ResultsShownOverride = true;

    public void Hide() => ResultsShownOverride = false;
}
