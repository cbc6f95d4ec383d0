using LivePoll.Domain.Qna;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Realtime.Cluster;

public enum ClusterChange
{
    /// <summary>The agenda or a question's state changed (reload the event from the database).</summary>
    Agenda,

    /// <summary>Card counts changed (reload the event from the database).</summary>
    Cards,

    /// <summary>Votes, audience questions and upvotes just committed by another instance's writer.</summary>
    Audience,

    QnaStatus,
    Projector,

    /// <summary>How many phones are connected to an event on the sending instance.</summary>
    Presence,
    Deleted,

    /// <summary>The event went live after a rehearsal: every answer was removed (forget them, reload the event).</summary>
    WentLive,
}

/// <summary>A committed answer of a phone connected to another instance.</summary>
public sealed record CommittedVote(Guid QuestionId, Guid ParticipantId, IReadOnlyList<Guid> OptionIds, int? Value, string? Text, string? Language);

public sealed record CommittedUpvote(Guid AudienceQuestionId, Guid ParticipantId);

public sealed record ProjectorState(ProjectorMode Mode, bool HighContrast, ScreenLanguages Languages);

/// <summary>What one instance tells the others after a change it committed (Redis pub/sub, JSON).</summary>
public sealed record ClusterMessage(
    Guid Origin,
    ClusterChange Change,
    Guid EventId,
    Guid? QuestionId = null,
    IReadOnlyList<CommittedVote>? Votes = null,
    IReadOnlyList<AudienceQuestion>? Asked = null,
    IReadOnlyList<CommittedUpvote>? Upvotes = null,
    AudienceQuestionStatus? Status = null,
    ProjectorState? Projector = null,
    string? Code = null,
    int? Connected = null,
    DateTimeOffset? At = null);
