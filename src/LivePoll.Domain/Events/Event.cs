using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Events;

public sealed class Event
{
    public const int MaxTitleLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = JoinCode.Generate();
    public string Title { get; set; } = "";
    public EventStatus Status { get; set; } = EventStatus.Draft;
    public List<string> Languages { get; set; } = ["en"];
    public DateTimeOffset CreatedAt { get; set; }
    public List<AgendaSession> Sessions { get; set; } = [];

    /// <summary>Audience questions wait for the moderator's approval before the room sees them.</summary>
    public bool QnaModerated { get; set; } = true;

    public IEnumerable<Question> QuestionsInOrder() =>
        Sessions.OrderBy(s => s.Order).SelectMany(s => s.Questions.OrderBy(q => q.Order));

    public Question? FindQuestion(Guid questionId) =>
        Sessions.SelectMany(s => s.Questions).FirstOrDefault(q => q.Id == questionId);

    /// <summary>Opens a question; by default the question that was open before closes (one click per step).</summary>
    public void OpenQuestion(Question question, bool keepOthersOpen, DateTimeOffset now)
    {
        EnsureOwns(question);
        if (Status == EventStatus.Closed)
        {
            throw new DomainRuleException("The event is closed.");
        }
        if (!keepOthersOpen)
        {
            foreach (var other in QuestionsInOrder().Where(q => q.State == QuestionState.Open && q.Id != question.Id))
            {
                other.Close(now);
            }
        }
        question.Open(now);
        Status = EventStatus.Live;
    }

    private void EnsureOwns(Question question)
    {
        if (FindQuestion(question.Id) is null)
        {
            throw new DomainRuleException("The question does not belong to this event.");
        }
    }
}
