using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Events;

public sealed class AgendaSession : IOrdered
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The title in the event's other languages, by language code.</summary>
    public Dictionary<string, string> TitleTranslations { get; set; } = [];

    public string TitleIn(string? language) => Translated.In(Title, TitleTranslations, language);

    public int PlannedMinutes { get; set; }
    public List<Question> Questions { get; set; } = [];

    /// <summary>When the moderator started this part of the agenda (null: not yet).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the next part started (null while this one runs).</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsRunning => StartedAt is not null && EndedAt is null;

    /// <summary>Time spent in this session so far (or in all, once it ended).</summary>
    public TimeSpan Elapsed(DateTimeOffset now) => StartedAt is { } start ? (EndedAt ?? now) - start : TimeSpan.Zero;
}
