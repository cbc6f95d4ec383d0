using LivePoll.Domain.Voting;

namespace LivePoll.Domain.Results;

/// <summary>
/// Live, in-memory tally of one question: each participant's current ballot, with counts kept
/// up to date on every change so reading results never scans the responses. Thread-safe.
/// </summary>
public sealed class QuestionTally
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Ballot> _ballots = [];
    private readonly Dictionary<Guid, int> _optionCounts = [];
    private readonly Dictionary<int, int> _valueCounts = [];
    private readonly Dictionary<Guid, long> _rankSums = [];

    // when each participant's ballot was last applied here, in this tally's own count of changes
    private readonly Dictionary<Guid, long> _appliedAt = [];
    private long _version;

    public Guid QuestionId { get; }

    public QuestionTally(Guid questionId) => QuestionId = questionId;

    /// <summary>Records a participant's ballot, replacing the one they gave before.</summary>
    public void Apply(Guid participantId, Ballot ballot)
    {
        lock (_gate)
        {
            ApplyHeld(participantId, ballot);
        }
    }

    /// <summary>How many changes this tally has taken so far: read it before reading the stored ballots to reconcile with.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>
    /// Takes what the database stored where this tally lacks it or holds an older answer (a change committed by another
    /// instance whose notice never arrived). A ballot applied here after <paramref name="readFrom"/> (the
    /// <see cref="Version"/> read before the stored ballots were) is newer than the read and stays.
    /// </summary>
    /// <returns>How many ballots were taken from the database.</returns>
    public int Reconcile(IEnumerable<KeyValuePair<Guid, Ballot>> stored, long readFrom)
    {
        var repaired = 0;
        lock (_gate)
        {
            foreach (var (participantId, ballot) in stored)
            {
                if (_appliedAt.GetValueOrDefault(participantId) > readFrom
                    || (_ballots.TryGetValue(participantId, out var held) && held.SameAnswer(ballot)))
                {
                    continue;
                }
                ApplyHeld(participantId, ballot);
                repaired++;
            }
        }
        return repaired;
    }

    private void ApplyHeld(Guid participantId, Ballot ballot)
    {
        if (_ballots.TryGetValue(participantId, out var previous))
        {
            Count(previous, -1);
        }
        _ballots[participantId] = ballot;
        _appliedAt[participantId] = ++_version;
        Count(ballot, +1);
    }

    public Ballot? BallotOf(Guid participantId)
    {
        lock (_gate)
        {
            return _ballots.GetValueOrDefault(participantId);
        }
    }

    /// <summary>Every participant's current ballot (a copy), for breakdowns by group.</summary>
    public IReadOnlyList<KeyValuePair<Guid, Ballot>> Ballots()
    {
        lock (_gate)
        {
            return [.. _ballots];
        }
    }

    public TallySnapshot Snapshot()
    {
        lock (_gate)
        {
            return new TallySnapshot(
                _ballots.Count,
                new Dictionary<Guid, int>(_optionCounts),
                new Dictionary<int, int>(_valueCounts),
                new Dictionary<Guid, long>(_rankSums),
                [.. _ballots.Values.Where(b => b.Text is not null).Select(b => new TextAnswer(b.Text!, b.Language))]);
        }
    }

    private void Count(Ballot ballot, int sign)
    {
        for (var position = 0; position < ballot.OptionIds.Count; position++)
        {
            var optionId = ballot.OptionIds[position];
            _optionCounts[optionId] = _optionCounts.GetValueOrDefault(optionId) + sign;
            _rankSums[optionId] = _rankSums.GetValueOrDefault(optionId) + (sign * (position + 1));
        }
        if (ballot.Value is { } value)
        {
            _valueCounts[value] = _valueCounts.GetValueOrDefault(value) + sign;
        }
    }
}

/// <summary>A consistent copy of a tally at one moment.</summary>
public sealed record TallySnapshot(
    int Participants,
    IReadOnlyDictionary<Guid, int> OptionCounts,
    IReadOnlyDictionary<int, int> ValueCounts,
    IReadOnlyDictionary<Guid, long> RankSums,
    IReadOnlyList<TextAnswer> Texts);
