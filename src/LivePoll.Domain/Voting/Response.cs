namespace LivePoll.Domain.Voting;

/// <summary>A participant's stored answer to a question; one per (question, participant), updated on change.</summary>
public sealed class Response
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid QuestionId { get; set; }
    public Guid ParticipantId { get; set; }

    /// <summary>Option ids joined by commas, in the order given (best first for ranking).</summary>
    public string? OptionIds { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Ballot ToBallot() => new()
    {
        OptionIds = string.IsNullOrEmpty(OptionIds) ? [] : [.. OptionIds.Split(',').Select(Guid.Parse)],
        Value = Value,
        Text = Text,
    };

    public static string? JoinOptionIds(IReadOnlyList<Guid> optionIds) =>
        optionIds.Count == 0 ? null : string.Join(',', optionIds);
}
