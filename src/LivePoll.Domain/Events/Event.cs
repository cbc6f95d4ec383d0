using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Events;

public sealed class Event
{
    public const int MaxTitleLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = JoinCode.Generate();
    public string Title { get; set; } = "";

    /// <summary>The title in the event's other languages, by language code.</summary>
    public Dictionary<string, string> TitleTranslations { get; set; } = [];

    public EventStatus Status { get; set; } = EventStatus.Draft;
    public List<string> Languages { get; set; } = ["en"];
    public DateTimeOffset CreatedAt { get; set; }
    public List<AgendaSession> Sessions { get; set; } = [];

    /// <summary>Audience questions wait for the moderator's approval before the room sees them.</summary>
    public bool QnaModerated { get; set; } = true;

    /// <summary>
    /// The Chatham House rule: what is said may be used, but not who said it. No name is taken or shown with an audience
    /// question (names given before it was set are hidden, not deleted), and no export holds a row per person.
    /// </summary>
    public bool ChathamHouse { get; set; }

    /// <summary>
    /// When the rehearsal began (null: not rehearsing). While set, every screen says "Rehearsal", and going live removes
    /// every answer given so far.
    /// </summary>
    public DateTimeOffset? RehearsalStartedAt { get; set; }

    public const int MaxExpectedAudience = 100_000;

    /// <summary>How many people the organiser expects in the room (a rehearsal simulates that many phones).</summary>
    public int? ExpectedAudience { get; set; }

    public bool InRehearsal => RehearsalStartedAt is not null;

    public const int MaxInterpretationSeconds = 120;

    /// <summary>
    /// Seconds a question's timer gains per language beyond the first, so that people listening to an interpreter
    /// (who starts after the speaker) get the same time to vote. 0: none.
    /// </summary>
    public int InterpretationSeconds { get; set; }

    /// <summary>The time added to every question timer: the allowance for each interpreted language.</summary>
    public int TimerAllowanceSeconds => InterpretationSeconds * Math.Max(0, Languages.Count - 1);

    /// <summary>Optional question asked once at join ("Which group do you represent?"); its answers only ever appear in aggregates.</summary>
    public string? ProfileQuestion { get; set; }

    /// <summary>The groups a participant can pick from for <see cref="ProfileQuestion"/>.</summary>
    public List<string> ProfileGroups { get; set; } = [];

    /// <summary>The profile question in the event's other languages; a participant's group is always stored in the original wording.</summary>
    public Dictionary<string, ProfileTranslation> ProfileTranslations { get; set; } = [];

    /// <summary>Word-cloud words counted as one concept across languages: head word → the other words (see <see cref="Results.WordMerges"/>).</summary>
    public Dictionary<string, List<string>> MergedWords { get; set; } = [];

    /// <summary>The title as read in <paramref name="language"/> (the original where it has no translation).</summary>
    public string TitleIn(string? language) => Translated.In(Title, TitleTranslations, language);

    /// <summary>How many texts have no wording in <paramref name="language"/> yet: title, agenda parts, questions, options, profile.</summary>
    public int MissingTexts(string language) =>
        (TitleTranslations.ContainsKey(language) ? 0 : 1)
        + Sessions.Count(s => !s.TitleTranslations.ContainsKey(language))
        + QuestionsInOrder().Sum(q => q.MissingTexts(language))
        + (ProfileQuestion is null || ProfileTranslations.ContainsKey(language) ? 0 : 1 + ProfileGroups.Count);

    public IEnumerable<Question> QuestionsInOrder() =>
        Sessions.OrderBy(s => s.Order).SelectMany(s => s.Questions.OrderBy(q => q.Order));

    public Question? FindQuestion(Guid questionId) =>
        Sessions.SelectMany(s => s.Questions).FirstOrDefault(q => q.Id == questionId);

    /// <summary>Opens a question; by default the question that was open before closes (one click per step).</summary>
    /// <summary>Opens a question (unless <paramref name="keepOthersOpen"/>, the open ones close); returns those it closed.</summary>
    public IReadOnlyList<Question> OpenQuestion(Question question, bool keepOthersOpen, DateTimeOffset now)
    {
        EnsureOwns(question);
        if (Status == EventStatus.Closed)
        {
            throw new DomainRuleException("TheEventIsClosed");
        }
        List<Question> closed = keepOthersOpen
            ? []
            : [.. QuestionsInOrder().Where(q => q.State == QuestionState.Open && q.Id != question.Id)];
        foreach (var other in closed)
        {
            other.Close(now);
        }
        var session = Sessions.First(s => s.Questions.Contains(question));
        if (!session.IsRunning)
        {
            StartSession(session, now);
        }
        question.Open(now, TimerAllowanceSeconds);
        Status = EventStatus.Live;
        return closed;
    }

    /// <summary>The part of the agenda running now, if any.</summary>
    public AgendaSession? CurrentSession => Sessions.FirstOrDefault(s => s.IsRunning);

    /// <summary>The part that comes next: after the current one, or the first not yet started.</summary>
    public AgendaSession? NextSession
    {
        get
        {
            var ordered = Sessions.OrderBy(s => s.Order).ToList();
            return CurrentSession is { } current
                ? ordered.SkipWhile(s => s != current).Skip(1).FirstOrDefault()
                : ordered.FirstOrDefault(s => s.StartedAt is null);
        }
    }

    /// <summary>Starts a part of the agenda; the one running before ends now. Starting it again restarts its clock.</summary>
    public void StartSession(AgendaSession session, DateTimeOffset now)
    {
        if (!Sessions.Contains(session))
        {
            throw new DomainRuleException("TheSessionDoesNotBelongEvent");
        }
        foreach (var running in Sessions.Where(s => s.IsRunning && s != session))
        {
            running.EndedAt = now;
        }
        session.StartedAt = now;
        session.EndedAt = null;
        if (Status == EventStatus.Draft)
        {
            Status = EventStatus.Live;
        }
    }

    /// <summary>
    /// Ends the event: every open question closes and the running part of the agenda ends; phones may no longer vote,
    /// ask or upvote. Returns the questions it closed (none when the event had already ended).
    /// </summary>
    public IReadOnlyList<Question> End(DateTimeOffset now)
    {
        if (Status == EventStatus.Closed)
        {
            return [];
        }
        List<Question> closed = [.. QuestionsInOrder().Where(q => q.State == QuestionState.Open)];
        foreach (var question in closed)
        {
            question.Close(now);
        }
        foreach (var running in Sessions.Where(s => s.IsRunning))
        {
            running.EndedAt = now;
        }
        Status = EventStatus.Closed;
        return closed;
    }

    /// <summary>Marks the event as rehearsing (false when it already was).</summary>
    public bool StartRehearsal(DateTimeOffset now)
    {
        if (Status == EventStatus.Closed)
        {
            throw new DomainRuleException("TheEventHasEndedReopenBeforeRehearsing");
        }
        if (InRehearsal)
        {
            return false;
        }
        RehearsalStartedAt = now;
        return true;
    }

    /// <summary>
    /// The real event begins: the rehearsal ends, the event is live, no part of the agenda has started and every question
    /// is as it was before anyone was asked (the answers themselves are removed by whoever stores them).
    /// </summary>
    public void GoLive()
    {
        if (!InRehearsal)
        {
            throw new DomainRuleException("TheEventNotRehearsingGoingLiveNowWould");
        }
        RehearsalStartedAt = null;
        Status = EventStatus.Live;
        foreach (var session in Sessions)
        {
            session.StartedAt = null;
            session.EndedAt = null;
        }
        foreach (var question in QuestionsInOrder())
        {
            question.ResetToNotAsked();
        }
    }

    /// <summary>Undoes <see cref="End"/>: the event is live again (questions stay closed until someone opens one).</summary>
    public bool Reopen()
    {
        if (Status != EventStatus.Closed)
        {
            return false;
        }
        Status = EventStatus.Live;
        return true;
    }

    /// <summary>
    /// Takes the title, languages and profile question of <paramref name="settings"/> (a validated event without agenda).
    /// The first language, in which every text is written, stays; once the event ran, so do the profile's groups (people
    /// chose among them). Translations into a language the event no longer has are dropped everywhere.
    /// </summary>
    public void TakeSettings(Event settings)
    {
        if (settings.Languages[0] != Languages[0])
        {
            throw new DomainRuleException("TheTextsEventWrittenFirstLanguageCannot");
        }
        if (Status != EventStatus.Draft && ProfileQuestion is not null && !settings.ProfileGroups.SequenceEqual(ProfileGroups))
        {
            throw new DomainRuleException("PeopleHaveAlreadyChosenAmongProfile");
        }
        Title = settings.Title;
        TitleTranslations = settings.TitleTranslations;
        Languages = settings.Languages;
        ProfileQuestion = settings.ProfileQuestion;
        ProfileGroups = settings.ProfileGroups;
        ProfileTranslations = settings.ProfileTranslations;
        ChathamHouse = settings.ChathamHouse;
        ExpectedAudience = settings.ExpectedAudience;
        InterpretationSeconds = settings.InterpretationSeconds;
        DropTranslationsOutsideItsLanguages();
    }

    /// <summary>Keeps every text's translations into the event's other languages only (its first is the original).</summary>
    public void DropTranslationsOutsideItsLanguages()
    {
        var languages = Languages.Skip(1).ToHashSet(StringComparer.Ordinal);
        TitleTranslations = Translated.Only(TitleTranslations, languages);
        ProfileTranslations = Translated.Only(ProfileTranslations, languages);
        foreach (var session in Sessions)
        {
            session.TitleTranslations = Translated.Only(session.TitleTranslations, languages);
        }
        foreach (var question in QuestionsInOrder())
        {
            question.Translations = Translated.Only(question.Translations, languages);
            foreach (var option in question.Options)
            {
                option.Translations = Translated.Only(option.Translations, languages);
            }
        }
    }

    private void EnsureOwns(Question question)
    {
        if (FindQuestion(question.Id) is null)
        {
            throw new DomainRuleException("TheQuestionDoesNotBelongEvent");
        }
    }
}
