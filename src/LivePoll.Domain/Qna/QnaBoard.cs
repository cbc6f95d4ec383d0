namespace LivePoll.Domain.Qna;

/// <summary>A question as the board shows it: its current state and the number of distinct upvoters.</summary>
public sealed record QnaItem(Guid Id, Guid ParticipantId, string Text, string? Author, AudienceQuestionStatus Status, DateTimeOffset AskedAt, int Votes);

/// <summary>
/// The live Q&amp;A of one event in memory: questions, their status and who upvoted them, so that a
/// second upvote by the same participant is refused without a database read. Thread-safe.
/// </summary>
public sealed class QnaBoard
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, AudienceQuestion> _questions = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _voters = [];

    /// <summary>The event runs under the Chatham House rule: the board shows no author's name.</summary>
    public bool Anonymous { get; set; }

    public void Add(AudienceQuestion question)
    {
        lock (_gate)
        {
            _questions[question.Id] = question;
            _voters.TryAdd(question.Id, []);
        }
    }

    /// <summary>Takes the questions asked before <paramref name="cutoff"/> and their upvotes off the board (the event went live).</summary>
    public void RemoveAskedBefore(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            foreach (var question in _questions.Values.Where(q => q.AskedAt < cutoff).ToList())
            {
                _questions.Remove(question.Id);
                _voters.Remove(question.Id);
            }
        }
    }

    public bool Contains(Guid questionId)
    {
        lock (_gate)
        {
            return _questions.ContainsKey(questionId);
        }
    }

    /// <summary>Records an upvote; false when this participant upvoted it already (nothing changes).</summary>
    public bool TryUpvote(Guid questionId, Guid participantId)
    {
        lock (_gate)
        {
            return _voters.TryGetValue(questionId, out var voters) && voters.Add(participantId);
        }
    }

    /// <summary>Takes back an upvote that could not be stored.</summary>
    public void RemoveUpvote(Guid questionId, Guid participantId)
    {
        lock (_gate)
        {
            if (_voters.TryGetValue(questionId, out var voters))
            {
                voters.Remove(participantId);
            }
        }
    }

    public void SetStatus(Guid questionId, AudienceQuestionStatus status)
    {
        lock (_gate)
        {
            if (_questions.TryGetValue(questionId, out var question))
            {
                question.Status = status;
            }
        }
    }

    /// <summary>Every question, most upvoted first (ties: the earlier one first).</summary>
    public IReadOnlyList<QnaItem> All()
    {
        lock (_gate)
        {
            return [.. _questions.Values
                .Select(q => new QnaItem(q.Id, q.ParticipantId, q.Text, Anonymous ? null : q.Author, q.Status, q.AskedAt, _voters[q.Id].Count))
                .OrderByDescending(i => i.Votes).ThenBy(i => i.AskedAt)];
        }
    }

    /// <summary>What a participant sees: the public questions (pinned first) and their own pending ones.</summary>
    public IReadOnlyList<QnaItem> VisibleTo(Guid? participantId) =>
        [.. All().Where(i => i.Status is AudienceQuestionStatus.Approved or AudienceQuestionStatus.Answered or AudienceQuestionStatus.Pinned
                || (i.Status == AudienceQuestionStatus.Pending && i.ParticipantId == participantId))
            .OrderByDescending(i => i.Status == AudienceQuestionStatus.Pinned)];

    /// <summary>The ids this participant upvoted.</summary>
    public IReadOnlyList<Guid> UpvotedBy(Guid participantId)
    {
        lock (_gate)
        {
            return [.. _voters.Where(v => v.Value.Contains(participantId)).Select(v => v.Key)];
        }
    }
}
