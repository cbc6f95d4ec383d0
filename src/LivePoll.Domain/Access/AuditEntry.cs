namespace LivePoll.Domain.Access;

/// <summary>
/// One action of a moderator or organiser on an event (open, close, reveal, card counts, Q&amp;A moderation,
/// deletions, people), stored in the same transaction as the action itself. Deleted with its event.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailLength = 600;

    public Guid Id { get; set; } = Guid.CreateVersion7();
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
}
