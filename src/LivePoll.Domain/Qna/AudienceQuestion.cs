namespace LivePoll.Domain.Qna;

public enum AudienceQuestionStatus
{
    /// <summary>Waiting for the moderator (pre-moderation): only its author sees it.</summary>
    Pending,
    Approved,
    Hidden,
    Answered,
    Pinned,
}

/// <summary>A question from the audience for the speakers (Q&amp;A), upvoted by other participants.</summary>
public sealed class AudienceQuestion
{
    public const int MaxTextLength = 280;
    public const int MaxAuthorLength = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public Guid ParticipantId { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The name the participant chose to give, if any (participants are otherwise anonymous).</summary>
    public string? Author { get; set; }

    public AudienceQuestionStatus Status { get; set; }
    public DateTimeOffset AskedAt { get; set; }

    /// <summary>Everybody in the room sees it (the author also sees a pending one).</summary>
    public bool IsPublic => Status is AudienceQuestionStatus.Approved or AudienceQuestionStatus.Answered or AudienceQuestionStatus.Pinned;

    /// <summary>Why this text and name are refused, or null when they are fine.</summary>
    public static Refusal? Validate(string? text, string? author)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new("WriteYourQuestionFirst");
        }
        if (text.Trim().Length > MaxTextLength)
        {
            return new("AQuestionCanMostNCharacters", MaxTextLength);
        }
        return author?.Trim().Length > MaxAuthorLength ? new("ANameCanMostNCharacters", MaxAuthorLength) : null;
    }
}

/// <summary>One participant's upvote of an audience question (at most one each).</summary>
public sealed class AudienceQuestionVote
{
    public Guid AudienceQuestionId { get; set; }
    public Guid ParticipantId { get; set; }
}
