using System.Text.Json.Nodes;

namespace LivePoll.BareHub;

/// <summary>
/// A single-choice question: the payload pushed to phones (the template's question with ids — its texts and
/// translations, as LivePoll pushes them), and the counts of the committed votes.
/// </summary>
public sealed class BareQuestion
{
    private readonly Guid[] _optionIds;
    private readonly int[] _counts;
    private readonly Dictionary<Guid, int> _votes = [];
    private volatile bool _open;
    private volatile bool _revealed;
    private int _changed;

    public BareQuestion(JsonObject template)
    {
        Payload = (JsonObject)template.DeepClone();
        Payload["id"] = Id;
        var options = Payload["options"]?.AsArray() ?? [];
        _optionIds = [.. options.Select(option => Guid.NewGuid())];
        for (var i = 0; i < options.Count; i++)
        {
            options[i]!["id"] = _optionIds[i];
        }
        _counts = new int[_optionIds.Length];
        Payload["state"] = "Draft";
    }

    public Guid Id { get; } = Guid.NewGuid();

    public JsonObject Payload { get; }

    public bool IsOpen => _open;

    /// <summary>Whether phones see the results (then they are pushed as they change).</summary>
    public bool Revealed => _revealed;

    public void Open()
    {
        Payload["state"] = "Open";
        _open = true;
    }

    public void Close()
    {
        Payload["state"] = "Closed";
        _open = false;
    }

    public void Reveal()
    {
        _revealed = true;
        Interlocked.Exchange(ref _changed, 1);
    }

    /// <summary>The index of <paramref name="optionId"/>, or -1 when it is not an option of this question.</summary>
    public int OptionIndex(Guid optionId) => Array.IndexOf(_optionIds, optionId);

    public Guid? VoteOf(Guid participant)
    {
        lock (_votes)
        {
            return _votes.TryGetValue(participant, out var index) ? _optionIds[index] : null;
        }
    }

    /// <summary>Counts a committed vote (replacing the participant's earlier one).</summary>
    public void Count(Guid participant, int option)
    {
        lock (_votes)
        {
            if (_votes.TryGetValue(participant, out var before))
            {
                _counts[before]--;
            }
            _votes[participant] = option;
            _counts[option]++;
        }
        Interlocked.Exchange(ref _changed, 1);
    }

    /// <summary>True once after each change: the results are due to be pushed.</summary>
    public bool TakeChange() => Interlocked.Exchange(ref _changed, 0) == 1;

    /// <summary>The counts as the hub's ResultsUpdated and GET /api/events/{id}/results give them.</summary>
    public object Results()
    {
        lock (_votes)
        {
            return new
            {
                questionId = Id,
                participants = _votes.Count,
                options = _optionIds.Select((id, i) => new { optionId = id, phone = _counts[i], total = _counts[i] }).ToArray(),
            };
        }
    }

    public object Created() => new
    {
        id = Id,
        state = "Draft",
        type = (string?)Payload["type"],
        options = _optionIds.Select((id, i) => new { id, text = (string?)Payload["options"]![i]!["text"] }),
    };
}
