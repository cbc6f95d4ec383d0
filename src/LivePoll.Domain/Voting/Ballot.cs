namespace LivePoll.Domain.Voting;

/// <summary>What one participant answered to one question, whatever its type.</summary>
public sealed record Ballot
{
    public static readonly Ballot Empty = new();

    /// <summary>Chosen options (choice questions) or every option best first (ranking).</summary>
    public IReadOnlyList<Guid> OptionIds { get; init; } = [];
    public int? Value { get; init; }
    public string? Text { get; init; }

    /// <summary>The voter's language, when known: an open-text answer is split with that language's stop words.</summary>
    public string? Language { get; init; }

    /// <summary>The same answer (the generated record equality compares the option lists by reference, not by content).</summary>
    public bool SameAnswer(Ballot other) =>
        OptionIds.SequenceEqual(other.OptionIds) && Value == other.Value && Text == other.Text && Language == other.Language;
}
