namespace LivePoll.Domain.Access;

/// <summary>A staff account's role in one event (at most one role per person and event).</summary>
public sealed class EventMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }

    /// <summary>The Identity user id.</summary>
    public string UserId { get; set; } = "";
    public string Email { get; set; } = "";
    public EventRole Role { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
