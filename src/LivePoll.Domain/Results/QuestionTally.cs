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

    public Guid QuestionId { get; }

    public QuestionTally(Guid questionId) => QuestionId = questionId;

    /// <summary>Records a participant's ballot, replacing the one they gave before.</summary>
    public void Apply(Guid participantId, Ballot ballot)
    {
        lock (_gate)
        {
            if (_ballots.TryGetValue(participantId, out var previous))
            {
                Count(previous, -1);
            }
            _ballots[participantId] = ballot;
            Count(ballot, +1);
        }
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
