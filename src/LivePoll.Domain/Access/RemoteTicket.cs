namespace LivePoll.Domain.Access;

/// <summary>
/// A short-lived, single-use link that opens the presenter remote of one event on the moderator's phone, signed in as
/// the moderator who asked for it (shown as a QR code on the console). Only the hash of its token is stored.
/// </summary>
public sealed class RemoteTicket
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public string UserId { get; set; } = "";
    public byte[] TokenHash { get; set; } = [];
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
