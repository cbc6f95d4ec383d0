using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace LivePoll.BareHub;

/// <summary>The events in memory: created from the load generator's template, found by id or join code.</summary>
public sealed class BareEvents
{
    private readonly ConcurrentDictionary<Guid, BareEvent> _byId = new();
    private readonly ConcurrentDictionary<string, BareEvent> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private int _connectedPhones;

    public int ConnectedPhones => Volatile.Read(ref _connectedPhones);

    public IEnumerable<BareEvent> All => _byId.Values;

    public BareEvent Create(JsonObject template)
    {
        var questions = (template["sessions"]?.AsArray() ?? [])
            .SelectMany(session => session?["questions"]?.AsArray() ?? [])
            .Select(question => new BareQuestion(question!.AsObject()))
            .ToList();
        var created = new BareEvent(Guid.NewGuid(), Convert.ToHexString(Guid.NewGuid().ToByteArray())[..6], questions);
        _byId[created.Id] = created;
        _byCode[created.Code] = created;
        return created;
    }

    public BareEvent? Find(Guid id) => _byId.GetValueOrDefault(id);

    public BareEvent? FindByCode(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public void PhoneJoined() => Interlocked.Increment(ref _connectedPhones);

    public void PhoneLeft() => Interlocked.Decrement(ref _connectedPhones);
}

/// <summary>An event: its questions (one session), the question the phones are on, and who joined.</summary>
public sealed class BareEvent(Guid id, string code, IReadOnlyList<BareQuestion> questions)
{
    private readonly ConcurrentDictionary<string, Guid> _participants = new();
    private volatile BareQuestion? _current;

    public Guid Id => id;
    public string Code => code;
    public IReadOnlyList<BareQuestion> Questions => questions;
    public BareQuestion? Current => _current;

    /// <summary>The participant of <paramref name="token"/>, or a new one (with a new token).</summary>
    public (string Token, Guid Participant) Participant(string? token)
    {
        if (token is not null && _participants.TryGetValue(token, out var known))
        {
            return (token, known);
        }
        var fresh = Guid.NewGuid();
        var issued = fresh.ToString("N");
        _participants[issued] = fresh;
        return (issued, fresh);
    }

    /// <summary>Opens the question (closing the one before) and returns it; null if it is not one of this event's.</summary>
    public BareQuestion? Open(Guid questionId)
    {
        if (questions.FirstOrDefault(q => q.Id == questionId) is not { } question)
        {
            return null;
        }
        _current?.Close();
        question.Open();
        _current = question;
        return question;
    }

    public bool Reveal(Guid questionId)
    {
        var question = questions.FirstOrDefault(q => q.Id == questionId);
        question?.Reveal();
        return question is not null;
    }

    /// <summary>What POST /api/events answers: the ids of the event, its session and its questions and options.</summary>
    public object Created() => new
    {
        id,
        code,
        sessions = new[] { new { id = Guid.NewGuid(), questions = questions.Select(q => q.Created()) } },
    };
}
