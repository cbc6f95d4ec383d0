using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Events;

public sealed class AgendaSession : IOrdered
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EventId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public int PlannedMinutes { get; set; }
    public List<Question> Questions { get; set; } = [];
}
