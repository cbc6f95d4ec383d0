namespace LivePoll.Domain.Access;

/// <summary>
/// One action of a moderator or organiser on an event (open, close, reveal, card counts, Q&amp;A moderation,
/// deletions, people), stored in the same transaction as the action itself. Deleted with its event.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailLength = 600;

    private static readonly Lock IdGate = new();
    private static Guid _lastId;

    /// <summary>Time-ordered and, within this process, strictly increasing: the log reads in the order things happened.</summary>
    public Guid Id { get; set; } = NextId();
    public Guid EventId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The staff member's e-mail, or "timer" when a question's timer closed it.</summary>
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Detail { get; set; } = "";

    public static AuditEntry Of(Guid eventId, string actor, string action, string detail, DateTimeOffset at) => new()
    {
        EventId = eventId,
        Actor = actor,
        Action = action,
        Detail = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail,
        At = at,
    };

    /// <summary>
    /// A version-7 id later than every id made before it here. Two entries of one step (an open that closes another
    /// question) share a millisecond, where version-7 ids are random and would list the step's entries in any order.
    /// </summary>
    private static Guid NextId()
    {
        var id = Guid.CreateVersion7();
        lock (IdGate)
        {
            if (id.CompareTo(_lastId) <= 0)
            {
                var bytes = _lastId.ToByteArray(bigEndian: true);
                for (var i = bytes.Length - 1; i >= 0 && ++bytes[i] == 0; i--)
                {
                    // carry into the byte before
                }
                id = new Guid(bytes, bigEndian: true);
            }
            _lastId = id;
            return id;
        }
    }
}
