namespace LivePoll.Domain.Participants;

/// <summary>An anonymous phone in the audience. Only the hash of its token is ever stored.</summary>
public sealed class Participant
{
    public const int MaxLanguageLength = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public byte[] TokenHash { get; set; } = [];
    public string? Language { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}
