namespace LivePoll.Domain.Participants;

/// <summary>An anonymous phone in the audience. Only the hash of its token is ever stored.</summary>
public sealed class Participant
{
    public const int MaxLanguageLength = 10;
    public const int MaxGroupLength = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public byte[] TokenHash { get; set; } = [];
    public string? Language { get; set; }
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>The group picked for the event's profile question, if the participant answered it.</summary>
    public string? Group { get; set; }

    /// <summary>A phone of a rehearsal's simulated room, not a person: removed when the event goes live.</summary>
    public bool Simulated { get; set; }
}
