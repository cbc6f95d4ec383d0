namespace LivePoll.Domain.Cards;

/// <summary>One change of a card count, kept for the record: who entered it, when, and old → new.</summary>
public sealed class CardCountChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public Guid QuestionId { get; set; }
    public Guid OptionId { get; set; }
    public int OldCount { get; set; }
    public int NewCount { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
