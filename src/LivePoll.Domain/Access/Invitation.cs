namespace LivePoll.Domain.Access;

/// <summary>
/// An organiser's invitation of an e-mail address to a role in an event. The link carries a random token;
/// only its hash is stored. Accepting it (once) creates the account if needed and the membership.
/// </summary>
public sealed class Invitation
{
    public const int MaxEmailLength = 256;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public string Email { get; set; } = "";
    public EventRole Role { get; set; }
    public byte[] TokenHash { get; set; } = [];
    public string InvitedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && now < CreatedAt + Lifetime;

    /// <summary>A plain check of the address's shape; the account's own rules apply when it is created.</summary>
    public static string? ValidateEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) || email.Length > MaxEmailLength || !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim()
            ? "EnterOneEMailAddressLikeExample"
            : null;
}
