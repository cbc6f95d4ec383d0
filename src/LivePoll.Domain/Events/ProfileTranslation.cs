namespace LivePoll.Domain.Events;

/// <summary>The profile question and its groups in one more event language (groups in the same order as the originals).</summary>
public sealed record ProfileTranslation(string Question, IReadOnlyList<string> Groups);
